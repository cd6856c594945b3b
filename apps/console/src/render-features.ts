import type {
  Citation,
  EligibilityStep,
  GlossaryTerm,
  LeaveTimeline,
  ModeFinderResult,
  ObligationsChecklist,
} from '@cobridge/policy-knowledge';
import { CHECK_WORDING, GLOSSARY_WORDING, MODES_WORDING, OBLIGATIONS_WORDING, PARTY_LABELS, TIMELINE_WORDING } from '@cobridge/reply';
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
  const verdict = CHECK_WORDING.verdicts[step.verdict];
  const depends = step.dependsOn ? `\n${CHECK_WORDING.dependsOn}: ${step.dependsOn}` : '';
  return `${verdict}: ${step.text}${depends}\n\n${sources(step.citations)}`;
}

/** A leave timeline as terminal text. */
export function renderTimeline(timeline: LeaveTimeline): string {
  const before = timeline.before.map((e) => `- ${e.title}: ${e.text}${clauses(e.citations)}`).join('\n');
  const silent = timeline.silent.map((s) => `- ${s}`).join('\n');
  const title = `${TIMELINE_WORDING.title(timeline.start)}: ${TIMELINE_WORDING.retainedUntil.toLowerCase()} ${timeline.retainedUntil}`;
  const parts = [
    title,
    timeline.text,
    `${TIMELINE_WORDING.before(timeline.retainedUntil)}:\n${before}`,
    `${TIMELINE_WORDING.silent}:\n${silent}`,
  ];
  return [...parts, sources(timeline.citations)].join('\n\n');
}

/** The mode finder's result as terminal text. */
export function renderModes(result: ModeFinderResult): string {
  const modes = result.modes.map(
    (m) => `- ${m.mode.title}\n${m.reasons.map((r) => `    for ${r.need.label}: ${r.why}${clauses(r.citations)}`).join('\n')}`,
  );
  const unlinked = result.unlinked.map((u) => `- ${u.need.label}: ${u.text}${clauses(u.citations)}`);
  const found = modes.length > 0 ? `${MODES_WORDING.title}:\n${modes.join('\n')}` : MODES_WORDING.noMode;
  return [found, unlinked.join('\n'), sources(result.citations)].filter(Boolean).join('\n\n');
}

/** An obligations checklist as terminal text, the reader's own party first. */
export function renderObligations(checklist: ObligationsChecklist): string {
  const items = checklist.items.map((i) => `- [${PARTY_LABELS[i.party]}] ${i.action}${clauses(i.citations)}`).join('\n');
  const note = checklist.note ? `\n\n${OBLIGATIONS_WORDING.leftOut}: ${checklist.note.text}${clauses(checklist.note.citations)}` : '';
  return `${checklist.situation.title}\n${OBLIGATIONS_WORDING.lead}\n${items || `- ${OBLIGATIONS_WORDING.noItems}`}${note}`;
}

/** A glossary entry as terminal text. */
export function renderGlossaryTerm(term: GlossaryTerm): string {
  const aliases = term.aliases.length > 0 ? ` (${GLOSSARY_WORDING.alsoSaidAs.toLowerCase()}: ${term.aliases.join(', ')})` : '';
  return `${term.term}${aliases}: ${term.definition}${clauses(term.citations)}`;
}
