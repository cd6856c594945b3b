import type { Citation, EligibilityStep } from '@cobridge/policy-knowledge';
import { CHECK_WORDING } from '@cobridge/reply';
import { renderCitation } from './render-text.js';

const sources = (citations: Citation[]) => citations.map((citation) => renderCitation(citation)).join('\n');

/** An eligibility step as terminal text: a numbered question, or the verdict with every clause used. */
export function renderEligibilityStep(step: EligibilityStep): string {
  if (step.kind === 'invalid') return `${step.message}\n\n${renderEligibilityStep(step.restart)}`;
  if (step.kind === 'question') {
    const choices = step.choices.map((c, i) => `  ${i + 1}. ${c.label}`).join('\n');
    return `${step.prompt}\n${choices}\nType a number (or "cancel").`;
  }
  const verdict = CHECK_WORDING.verdicts[step.verdict];
  const depends = step.dependsOn ? `\n${CHECK_WORDING.dependsOn}: ${step.dependsOn}` : '';
  return `${verdict}: ${step.text}${depends}\n\n${sources(step.citations)}`;
}
