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
import { FEATURE_OFF, OBLIGATIONS_WORDING, replyFromTool } from '@cobridge/reply';
import { runTool, type ToolRequest } from '@cobridge/reply/tools';
import { decodeCheckState } from './check-state.js';
import type { ActionRow } from './render/components.js';
import { renderCheckStep } from './render/render-check.js';
import { layoutReply } from './render/layout-reply.js';
import { pickerRow } from './render/layout-tool-parts.js';
import { offerRow } from './render/render-offer.js';
import { renderNotice, type RenderedReply } from './render/reply.js';

/** Said when a check's buttons no longer fit the questions (the knowledge changed since). */
export const STALE_CHECK = 'The questions changed since this check started, so it starts again.';

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

/** Runs a tool request in enterprise wording and lays out the reply it comes to. */
export function toolReply(knowledge: Knowledge, request: ToolRequest): RenderedReply {
  return layoutReply(replyFromTool(runTool(knowledge, request, 'enterprise'), 'enterprise'));
}

/** The leave timeline from a date, or how to ask for it when there is no date. */
export function timelineReply(knowledge: Knowledge, date: string | undefined): RenderedReply {
  return toolReply(knowledge, date === undefined ? { tool: 'timeline' } : { tool: 'timeline', date });
}

/** The needs picker of /find-modes. */
export function needsPickerReply(knowledge: Knowledge): RenderedReply {
  return toolReply(knowledge, { tool: 'modes', needs: [] });
}

/** The modes for needs given by id, or by index in the list of needs (from an offer button); the picker when none is known. */
export function modesReply(knowledge: Knowledge, needs: readonly string[] | readonly number[]): RenderedReply {
  const all = listNeeds(knowledge);
  const ids = needs.map((need) => (typeof need === 'number' ? (all[need]?.id ?? '') : need)).filter(Boolean);
  return toolReply(knowledge, { tool: 'modes', needs: ids });
}

/** The checklist for a situation in enterprise order, or the situation picker when it is unknown. */
export function checklistReply(knowledge: Knowledge, situationId: string): RenderedReply {
  return toolReply(knowledge, { tool: 'obligations', situation: situationId });
}

/** The situation picker row, when the knowledge has situations. */
export function situationPicker(knowledge: Knowledge): ActionRow[] {
  if (!hasFeature(knowledge, 'obligations')) return [];
  const options = listSituations(knowledge).map((situation) => ({ id: situation.id, label: situation.title }));
  const row = pickerRow('situation', OBLIGATIONS_WORDING.pickSituation, options);
  return row === undefined ? [] : [row];
}

/** A glossary term by id or by any of its words; no text gives the whole list; an unknown term the menu. */
export function termReply(knowledge: Knowledge, typed: string | null): RenderedReply {
  const term = typed === null || typed.trim() === '' ? {} : { term: typed };
  return toolReply(knowledge, { tool: 'glossary', ...term });
}

/** The button offering a feature when a free-text question reads like one (labelled in `lang`), else undefined. */
export function offerFor(knowledge: Knowledge, text: string, lang: Lang = 'en'): ActionRow | undefined {
  const intent = detectFeatureIntent(knowledge, text);
  if (!intent) return undefined;
  const needIds = hasFeature(knowledge, 'modeFinder') ? listNeeds(knowledge).map((need) => need.id) : [];
  return offerRow(intent, needIds, lang);
}
