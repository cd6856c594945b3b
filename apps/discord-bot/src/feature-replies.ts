import {
  answerEligibility,
  detectFeatureIntent,
  eligibilityFromFacts,
  hasFeature,
  listNeeds,
  listSituations,
  startEligibility,
  type Knowledge,
  type Lang,
} from '@cobridge/policy-knowledge';
import { FEATURE_OFF } from '@cobridge/reply';
import { runTool, type ToolOutcome } from '@cobridge/reply/tools';
import { decodeCheckState } from './check-state.js';
import type { ActionRow } from './render/components.js';
import { renderCheckStep } from './render/render-check.js';
import { renderChecklist, situationMenuRow } from './render/render-checklist.js';
import { renderGlossaryList, renderTerm, termMenuRow } from './render/render-glossary.js';
import { renderModeFinder, renderNeedsPicker } from './render/render-mode-finder.js';
import { offerRow } from './render/render-offer.js';
import { renderTimeline } from './render/render-timeline.js';
import { renderNotice, type RenderedReply } from './render/reply.js';

export { FEATURE_OFF } from '@cobridge/reply';
/** Said when a check's buttons no longer fit the questions (the knowledge changed since). */
export const STALE_CHECK = 'The questions changed since this check started, so it starts again.';
/** Said when a timeline button carries no date. */
export const TIMELINE_HOW = 'Tell me when your leave starts with `/timeline start:` and a date like 2025-09-01.';
/** Said for a situation or term the knowledge does not have. */
export const NOT_FOUND = "Sorry, I don't know that one. Pick from the list instead.";

/** The first question of the eligibility check. */
export function checkStartReply(knowledge: Knowledge): RenderedReply {
  const file = knowledge.features.eligibility;
  return file ? renderCheckStep(startEligibility(knowledge), file) : renderNotice(FEATURE_OFF);
}

/** The step after choosing the `choice`-th answer in the state `code` carried by a check button. */
export function checkAnswerReply(knowledge: Knowledge, code: string, choice: number): RenderedReply {
  const file = knowledge.features.eligibility;
  if (!file) return renderNotice(FEATURE_OFF);
  const state = decodeCheckState(file, code);
  if (!state) return renderCheckStep({ kind: 'invalid', message: STALE_CHECK, restart: startEligibility(knowledge) }, file);
  const current = eligibilityFromFacts(knowledge, state.answers);
  const choiceId = current.kind === 'question' ? (current.choices[choice]?.id ?? '') : '';
  return renderCheckStep(answerEligibility(knowledge, state, choiceId), file);
}

/** Lays out what a tool request came to; a picker after a miss says so first. */
export function layoutTool(outcome: ToolOutcome): RenderedReply {
  switch (outcome.kind) {
    case 'feature-off':
      return renderNotice(FEATURE_OFF);
    case 'timeline':
      return renderTimeline(outcome.timeline);
    case 'timeline-picker':
      return renderNotice(TIMELINE_HOW);
    case 'modes':
      return renderModeFinder(outcome.result);
    case 'needs-picker':
      return renderNeedsPicker(outcome.needs);
    case 'checklist':
      return renderChecklist(outcome.checklist);
    case 'situation-picker':
      return { ...renderNotice(NOT_FOUND), components: [situationMenuRow(outcome.situations)] };
    case 'term':
      return renderTerm(outcome.term);
    case 'glossary':
      return renderGlossaryList(outcome.terms);
    case 'term-miss':
      return { ...renderNotice(NOT_FOUND), components: [termMenuRow(outcome.terms)] };
  }
}

/** The leave timeline from a date, or how to ask for it when there is no date. */
export function timelineReply(knowledge: Knowledge, date: string | undefined): RenderedReply {
  return layoutTool(runTool(knowledge, date === undefined ? { tool: 'timeline' } : { tool: 'timeline', date }, 'enterprise'));
}

/** The needs picker of /find-modes. */
export function needsPickerReply(knowledge: Knowledge): RenderedReply {
  return layoutTool(runTool(knowledge, { tool: 'modes', needs: [] }, 'enterprise'));
}

/** The modes for needs given by id, or by index in the list of needs (from an offer button). */
export function modesReply(knowledge: Knowledge, needs: readonly string[] | readonly number[]): RenderedReply {
  const all = listNeeds(knowledge);
  const ids = needs.map((need) => (typeof need === 'number' ? (all[need]?.id ?? '') : need)).filter(Boolean);
  const outcome = runTool(knowledge, { tool: 'modes', needs: ids }, 'enterprise');
  return outcome.kind === 'needs-picker' ? renderNotice(NOT_FOUND) : layoutTool(outcome);
}

/** The checklist for a situation in enterprise order, or the situation picker when it is unknown. */
export function checklistReply(knowledge: Knowledge, situationId: string): RenderedReply {
  return layoutTool(runTool(knowledge, { tool: 'obligations', situation: situationId }, 'enterprise'));
}

/** The situation picker row, when the knowledge has situations. */
export function situationPicker(knowledge: Knowledge): ActionRow[] {
  return hasFeature(knowledge, 'obligations') ? [situationMenuRow(listSituations(knowledge))] : [];
}

/** A glossary term by id or by any of its words; no text gives the whole list; an unknown term the menu. */
export function termReply(knowledge: Knowledge, typed: string | null): RenderedReply {
  const term = typed === null || typed.trim() === '' ? {} : { term: typed };
  return layoutTool(runTool(knowledge, { tool: 'glossary', ...term }, 'enterprise'));
}

/** The button offering a feature when a free-text question reads like one (labelled in `lang`), else undefined. */
export function offerFor(knowledge: Knowledge, text: string, lang: Lang = 'en'): ActionRow | undefined {
  const intent = detectFeatureIntent(knowledge, text);
  if (!intent) return undefined;
  const needIds = hasFeature(knowledge, 'modeFinder') ? listNeeds(knowledge).map((need) => need.id) : [];
  return offerRow(intent, needIds, lang);
}
