import { FEATURE_OFF, GLOSSARY_WORDING } from '@cobridge/reply';
import { runTool, type ToolOutcome } from '@cobridge/reply/tools';
import {
  answerEligibility,
  matchNeeds,
  matchSituation,
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

/** Lays out what a tool request came to as terminal text; a picker lists what there is to choose from. */
export function toolText(outcome: ToolOutcome): string {
  switch (outcome.kind) {
    case 'feature-off':
      return FEATURE_OFF;
    case 'timeline':
      return outcome.timeline.kind === 'invalid-date' ? outcome.timeline.message : renderTimeline(outcome.timeline);
    case 'timeline-picker':
      return 'Type "timeline" and the date your leave starts, e.g. timeline 2025-09-01.';
    case 'modes':
      return renderModes(outcome.result);
    case 'needs-picker': {
      const list = outcome.needs.map((n) => `- ${n.label}`).join('\n');
      return `Tell me what your enterprise needs, e.g. "modes for staff training and joint R&D". The needs the paper lists:\n${list}`;
    }
    case 'checklist':
      return renderObligations(outcome.checklist);
    case 'situation-picker': {
      const list = outcome.situations.map((s) => `- ${s.title}`).join('\n');
      return `Describe the situation, e.g. "obligations we are hiring a lecturer who has left the post". Situations I know:\n${list}`;
    }
    case 'term':
      return renderGlossaryTerm(outcome.term);
    case 'glossary':
      return outcome.terms.map(renderGlossaryTerm).join('\n');
    case 'term-miss':
      return `${GLOSSARY_WORDING.notFound(outcome.asked)} Type "glossary" for the list.`;
  }
}

/** `timeline [YYYY-MM-DD]`. */
export function timelineCommand(knowledge: Knowledge, date: string): string {
  const given = date.trim() === '' ? {} : { date: date.trim() };
  return toolText(runTool(knowledge, { tool: 'timeline', ...given }, 'teacher'));
}

/** `modes for <what you need>`: the modes serving the needs named in the text, or the list of needs. */
export function modesCommand(knowledge: Knowledge, text: string): string {
  return toolText(runTool(knowledge, { tool: 'modes', needs: matchNeeds(knowledge, text), asked: text }, 'teacher'));
}

/** `obligations <situation>`: the checklist for the situation described, or the list of situations. */
export function obligationsCommand(knowledge: Knowledge, text: string, audience: Audience): string {
  const situation = text.trim() ? matchSituation(knowledge, text) : undefined;
  return toolText(runTool(knowledge, { tool: 'obligations', ...(situation === undefined ? {} : { situation }) }, audience));
}

/** `glossary [term]`: one term's meaning, or every term. */
export function glossaryCommand(knowledge: Knowledge, term: string): string {
  return toolText(runTool(knowledge, { tool: 'glossary', asked: term }, 'teacher'));
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
