import {
  answerEligibility,
  findModes,
  leaveTimeline,
  listGlossary,
  listNeeds,
  listSituations,
  lookupTerm,
  matchNeeds,
  matchSituation,
  obligationsFor,
  startEligibility,
  type Audience,
  type EligibilityState,
  type FeatureIntent,
  type Knowledge,
} from '@cobridge/policy-knowledge';
import { renderEligibilityStep, renderGlossaryTerm, renderModes, renderObligations, renderTimeline } from './render-features.js';

/** The console's eligibility dialogue in progress: the state and the choices just offered. */
export interface PendingCheck {
  state: EligibilityState;
  choices: { id: string }[];
}

/** The result of a feature command: text to print, and the dialogue to continue (if any). */
export interface FeatureReply {
  text: string;
  pending?: PendingCheck;
}

/** Starts the eligibility dialogue. */
export function startCheck(knowledge: Knowledge): FeatureReply {
  const step = startEligibility(knowledge);
  return { text: `${step.intro}\n\n${renderEligibilityStep(step)}`, pending: { state: step.state, choices: step.choices } };
}

/** Continues the eligibility dialogue with the user's numbered choice. */
export function continueCheck(knowledge: Knowledge, pending: PendingCheck, input: string): FeatureReply {
  const choice = pending.choices[Number(input) - 1];
  if (!choice) return { text: `Please type a number from 1 to ${pending.choices.length}, or "cancel".`, pending };
  const step = answerEligibility(knowledge, pending.state, choice.id);
  const next = step.kind === 'question' ? step : step.kind === 'invalid' ? step.restart : undefined;
  return { text: renderEligibilityStep(step), ...(next ? { pending: { state: next.state, choices: next.choices } } : {}) };
}

/** `timeline <YYYY-MM-DD>`. */
export function timelineCommand(knowledge: Knowledge, date: string): string {
  const timeline = leaveTimeline(knowledge, date.trim());
  return timeline.kind === 'invalid-date' ? timeline.message : renderTimeline(timeline);
}

/** `modes for <what you need>`: the modes serving the needs named in the text, or the list of needs. */
export function modesCommand(knowledge: Knowledge, text: string): string {
  const needs = matchNeeds(knowledge, text);
  if (needs.length === 0) {
    const list = listNeeds(knowledge).map((n) => `- ${n.label}`).join('\n');
    return `Tell me what your enterprise needs, e.g. "modes for staff training and joint R&D". The needs the paper lists:\n${list}`;
  }
  return renderModes(findModes(knowledge, needs));
}

/** `obligations <situation>`: the checklist for the situation described, or the list of situations. */
export function obligationsCommand(knowledge: Knowledge, text: string, audience: Audience): string {
  const situation = text.trim() ? matchSituation(knowledge, text) : undefined;
  const checklist = situation ? obligationsFor(knowledge, situation, audience) : undefined;
  if (checklist) return renderObligations(checklist);
  const list = listSituations(knowledge).map((s) => `- ${s.title}`).join('\n');
  return `Describe the situation, e.g. "obligations we are hiring a lecturer who has left the post". Situations I know:\n${list}`;
}

/** `glossary [term]`: one term's meaning, or every term. */
export function glossaryCommand(knowledge: Knowledge, term: string): string {
  if (term.trim()) {
    const match = lookupTerm(knowledge, term);
    return match ? renderGlossaryTerm(match) : `"${term.trim()}" is not in the glossary. Type "glossary" for the list.`;
  }
  return listGlossary(knowledge).map(renderGlossaryTerm).join('\n');
}

/** A one-line tip offering the feature a free-text question reads like. */
export function featureTip(intent: FeatureIntent | undefined): string | undefined {
  switch (intent?.feature) {
    case 'eligibility':
      return 'Tip: type "check" for a short eligibility check on your own situation.';
    case 'timeline':
      return `Tip: type "timeline ${intent.date ?? 'YYYY-MM-DD'}" to see your leave timeline.`;
    case 'mode-finder':
      return 'Tip: type "modes for <what your enterprise needs>" to find the cooperation modes that fit.';
    case 'obligations':
      return 'Tip: type "obligations <your situation>" for a checklist of who must do what.';
    case 'glossary':
      return 'Tip: type "glossary" and a word to see the guidance\'s term for it.';
    default:
      return undefined;
  }
}
