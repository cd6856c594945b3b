import type {
  Citation,
  EligibilityStep,
  GlossaryTerm,
  LeaveTimeline,
  ModeFinderResult,
  ObligationsChecklist,
} from '@cobridge/policy-knowledge';
import { renderCitation } from './render-text.js';

const sources = (citations: Citation[]) => citations.map((citation) => renderCitation(citation)).join('\n');
const clauses = (citations: Citation[]) => (citations.length > 0 ? ` (clause ${citations.map((c) => c.clause).join(', ')})` : '');

/** An eligibility step as terminal text: a numbered question, or the verdict with every clause used. */
export function renderEligibilityStep(step: EligibilityStep): string {
  if (step.kind === 'invalid') return `${step.message}\n\n${renderEligibilityStep(step.restart)}`;
  if (step.kind === 'question') {
    const choices = step.choices.map((c, i) => `  ${i + 1}. ${c.label}`).join('\n');
    return `${step.prompt}\n${choices}\nType a number (or "cancel").`;
  }
  const verdict = { eligible: 'Eligible', 'not-eligible': 'Not eligible', depends: 'It depends' }[step.verdict];
  const depends = step.dependsOn ? `\nDepends on: ${step.dependsOn}` : '';
  return `${verdict}: ${step.text}${depends}\n\n${sources(step.citations)}`;
}

/** A leave timeline as terminal text. */
export function renderTimeline(timeline: LeaveTimeline): string {
  const before = timeline.before.map((e) => `- ${e.title}: ${e.text}${clauses(e.citations)}`).join('\n');
  const silent = timeline.silent.map((s) => `- ${s}`).join('\n');
  return [timeline.text, `Before then:\n${before}`, `The guidance does not say:\n${silent}`, sources(timeline.citations)].join('\n\n');
}

/** The mode finder's result as terminal text. */
export function renderModes(result: ModeFinderResult): string {
  const modes = result.modes.map((m) => `- ${m.mode.title}\n${m.reasons.map((r) => `    for ${r.need.label}: ${r.why}${clauses(r.citations)}`).join('\n')}`);
  const unlinked = result.unlinked.map((u) => `- ${u.need.label}: ${u.text}${clauses(u.citations)}`);
  const found = modes.length > 0 ? `Cooperation modes that serve these needs:\n${modes.join('\n')}` : '';
  return [found, unlinked.join('\n'), sources(result.citations)].filter(Boolean).join('\n\n');
}

/** An obligations checklist as terminal text, the reader's own party first. */
export function renderObligations(checklist: ObligationsChecklist): string {
  const items = checklist.items.map((i) => `- [${i.party}] ${i.action}${clauses(i.citations)}`).join('\n');
  const note = checklist.note ? `\n\n${checklist.note.text}${clauses(checklist.note.citations)}` : '';
  return `${checklist.situation.title}:\n${items || '- The guidance lists no obligations for this situation.'}${note}`;
}

/** A glossary entry as terminal text. */
export function renderGlossaryTerm(term: GlossaryTerm): string {
  const aliases = term.aliases.length > 0 ? ` (also: ${term.aliases.join(', ')})` : '';
  return `${term.term}${aliases}: ${term.definition}${clauses(term.citations)}`;
}
