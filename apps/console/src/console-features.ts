import { FEATURE_OFF, replyFromCheck, replyFromTool } from '@cobridge/reply';
import { runTool, type ToolRequest } from '@cobridge/reply/tools';
import {
  answerEligibility,
  matchNeeds,
  matchSituation,
  startEligibility,
  type Audience,
  type EligibilityState,
  type EligibilityStep,
  type FeatureIntent,
  type Knowledge,
} from '@cobridge/policy-knowledge';
import { layoutText } from './render-text.js';

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

function checkText(knowledge: Knowledge, step: EligibilityStep): string {
  const file = knowledge.features.eligibility;
  return file === undefined ? FEATURE_OFF : layoutText(replyFromCheck(step, file));
}

/** Starts the eligibility dialogue. */
export function startCheck(knowledge: Knowledge): FeatureReply {
  const step = startEligibility(knowledge);
  return { text: checkText(knowledge, step), pending: { state: step.state, choices: step.choices } };
}

/** Continues the eligibility dialogue with the user's numbered choice. */
export function continueCheck(knowledge: Knowledge, pending: PendingCheck, input: string): FeatureReply {
  const choice = pending.choices[Number(input) - 1];
  if (!choice) return { text: `Please type a number from 1 to ${pending.choices.length}, or "cancel".`, pending };
  const step = answerEligibility(knowledge, pending.state, choice.id);
  const next = step.kind === 'question' ? step : step.kind === 'invalid' ? step.restart : undefined;
  return { text: checkText(knowledge, step), ...(next ? { pending: { state: next.state, choices: next.choices } } : {}) };
}

/** Runs a tool request and lays out the reply it comes to as terminal text. */
function toolText(knowledge: Knowledge, request: ToolRequest, audience: Audience): string {
  return layoutText(replyFromTool(runTool(knowledge, request, audience), audience));
}

/** `timeline [YYYY-MM-DD]`. */
export function timelineCommand(knowledge: Knowledge, date: string): string {
  const given = date.trim() === '' ? {} : { date: date.trim() };
  return toolText(knowledge, { tool: 'timeline', ...given }, 'teacher');
}

/** `modes for <what you need>`: the modes serving the needs named in the text, or the list of needs. */
export function modesCommand(knowledge: Knowledge, text: string): string {
  return toolText(knowledge, { tool: 'modes', needs: matchNeeds(knowledge, text), asked: text }, 'teacher');
}

/** `obligations <situation>`: the checklist for the situation described, or the list of situations. */
export function obligationsCommand(knowledge: Knowledge, text: string, audience: Audience): string {
  const situation = text.trim() ? matchSituation(knowledge, text) : undefined;
  return toolText(knowledge, situation === undefined ? { tool: 'obligations', asked: text } : { tool: 'obligations', situation }, audience);
}

/** `glossary [term]`: one term's meaning, or every term. */
export function glossaryCommand(knowledge: Knowledge, term: string): string {
  return toolText(knowledge, { tool: 'glossary', asked: term }, 'teacher');
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
