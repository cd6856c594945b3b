import {
  answerEligibility,
  detectFeatureIntent,
  eligibilityFromFacts,
  hasFeature,
  isChinese,
  listNeeds,
  listSituations,
  startEligibility,
  type Knowledge,
  type Lang,
} from '@cobridge/policy-knowledge';
import { replyFromTool, toolWording } from '@cobridge/reply';
import { runTool, type ToolRequest } from '@cobridge/reply/tools';
import { decodeCheckState } from './check-state.js';
import type { ActionRow } from './render/components.js';
import { renderCheckStep } from './render/render-check.js';
import { layoutReply } from './render/layout-reply.js';
import { pickerRow } from './render/layout-tool-parts.js';
import { offerRow } from './render/render-offer.js';
import { renderNotice, type RenderedReply } from './render/reply.js';

/** Said when a check's buttons no longer fit the questions (the knowledge changed since), in each language. */
export const STALE_CHECK: Record<Lang, string> = {
  en: 'The questions changed since this check started, so it starts again.',
  zh: '这次检查开始后问题有了变化，所以重新开始。',
};

// Every reply here is in `lang`: the language a component carries, a Chinese option typed, or the client's locale.

/** The first question of the eligibility check. */
export function checkStartReply(knowledge: Knowledge, lang: Lang): RenderedReply {
  const file = knowledge.features.eligibility;
  return file ? renderCheckStep(startEligibility(knowledge, lang), file, lang) : renderNotice(toolWording(lang).featureOff);
}

/** The step after choosing the `choice`-th answer in the state `code` carried by a check button. */
export function checkAnswerReply(knowledge: Knowledge, code: string, choice: number, lang: Lang): RenderedReply {
  const file = knowledge.features.eligibility;
  if (!file) return renderNotice(toolWording(lang).featureOff);
  const state = decodeCheckState(file, code);
  if (!state)
    return renderCheckStep({ kind: 'invalid', message: STALE_CHECK[lang], restart: startEligibility(knowledge, lang) }, file, lang);
  const current = eligibilityFromFacts(knowledge, state.answers, lang);
  const choiceId = current.kind === 'question' ? (current.choices[choice]?.id ?? '') : '';
  return renderCheckStep(answerEligibility(knowledge, state, choiceId, lang), file, lang);
}

/** Runs a tool request in enterprise wording and lays out the reply it comes to. */
export function toolReply(knowledge: Knowledge, request: ToolRequest, lang: Lang): RenderedReply {
  return layoutReply(replyFromTool(runTool(knowledge, request, 'enterprise', lang), 'enterprise', lang));
}

/** The leave timeline from a date, or how to ask for it when there is no date. */
export function timelineReply(knowledge: Knowledge, date: string | undefined, lang: Lang): RenderedReply {
  return toolReply(knowledge, date === undefined ? { tool: 'timeline' } : { tool: 'timeline', date }, lang);
}

/** The needs picker of /find-modes. */
export function needsPickerReply(knowledge: Knowledge, lang: Lang): RenderedReply {
  return toolReply(knowledge, { tool: 'modes', needs: [] }, lang);
}

/** The modes for needs given by id, or by index in the list of needs (from an offer button); the picker when none is known. */
export function modesReply(knowledge: Knowledge, needs: readonly string[] | readonly number[], lang: Lang): RenderedReply {
  const all = listNeeds(knowledge);
  const ids = needs.map((need) => (typeof need === 'number' ? (all[need]?.id ?? '') : need)).filter(Boolean);
  return toolReply(knowledge, { tool: 'modes', needs: ids }, lang);
}

/** The checklist for a situation in enterprise order, or the situation picker when it is unknown. */
export function checklistReply(knowledge: Knowledge, situationId: string, lang: Lang): RenderedReply {
  return toolReply(knowledge, { tool: 'obligations', situation: situationId }, lang);
}

/** The situation picker row, when the knowledge has situations. */
export function situationPicker(knowledge: Knowledge, lang: Lang): ActionRow[] {
  if (!hasFeature(knowledge, 'obligations')) return [];
  const options = listSituations(knowledge, lang).map((situation) => ({ id: situation.id, label: situation.title }));
  const row = pickerRow('situation', toolWording(lang).obligations.pickSituation, options, lang);
  return row === undefined ? [] : [row];
}

/** A glossary term by id or by any of its words; no text gives the whole list; an unknown term the menu. */
export function termReply(knowledge: Knowledge, typed: string | null, lang: Lang): RenderedReply {
  const term = typed === null || typed.trim() === '' ? {} : { term: typed };
  return toolReply(knowledge, { tool: 'glossary', ...term }, lang);
}

/**
 * The button offering a feature when a free-text question reads like one (labelled in `lang`; the feature answers in
 * Chinese when the question is Chinese), else undefined.
 */
export function offerFor(knowledge: Knowledge, text: string, lang: Lang = 'en'): ActionRow | undefined {
  const intent = detectFeatureIntent(knowledge, text);
  if (!intent) return undefined;
  const needIds = hasFeature(knowledge, 'modeFinder') ? listNeeds(knowledge).map((need) => need.id) : [];
  return offerRow(intent, needIds, lang, isChinese(text) ? 'zh' : lang);
}
