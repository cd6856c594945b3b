import { replyFromCheck, replyFromTool, toolWording } from '@cobridge/reply';
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
  type Lang,
} from '@cobridge/policy-knowledge';
import { layoutText } from './render-text.js';

/** The console's eligibility dialogue in progress: the state, the choices just offered and the language it runs in. */
export interface PendingCheck {
  state: EligibilityState;
  choices: { id: string }[];
  lang: Lang;
}

/** The result of a feature command: text to print, and the dialogue to continue (if any). */
export interface FeatureReply {
  text: string;
  pending?: PendingCheck;
}

/** What the console says around the check, in each language. */
const CHECK_PROMPTS = {
  en: { typeNumber: (count: number) => `Please type a number from 1 to ${count}, or "cancel".`, cancelled: 'Eligibility check cancelled.' },
  zh: { typeNumber: (count: number) => `请输入 1 到 ${count} 之间的数字，或输入“cancel”取消。`, cancelled: '资格检查已取消。' },
} satisfies Record<Lang, unknown>;

/** Said when the user cancels the check, in its language. */
export function checkCancelled(lang: Lang): string {
  return CHECK_PROMPTS[lang].cancelled;
}

function checkText(knowledge: Knowledge, step: EligibilityStep, lang: Lang): string {
  const file = knowledge.features.eligibility;
  return file === undefined ? toolWording(lang).featureOff : layoutText(replyFromCheck(step, file, lang));
}

/** Starts the eligibility dialogue in `lang`. */
export function startCheck(knowledge: Knowledge, lang: Lang): FeatureReply {
  const step = startEligibility(knowledge, lang);
  return { text: checkText(knowledge, step, lang), pending: { state: step.state, choices: step.choices, lang } };
}

/** Continues the eligibility dialogue with the user's numbered choice, in the language it started in. */
export function continueCheck(knowledge: Knowledge, pending: PendingCheck, input: string): FeatureReply {
  const { lang } = pending;
  const choice = pending.choices[Number(input) - 1];
  if (!choice) return { text: CHECK_PROMPTS[lang].typeNumber(pending.choices.length), pending };
  const step = answerEligibility(knowledge, pending.state, choice.id, lang);
  const next = step.kind === 'question' ? step : step.kind === 'invalid' ? step.restart : undefined;
  return { text: checkText(knowledge, step, lang), ...(next ? { pending: { state: next.state, choices: next.choices, lang } } : {}) };
}

/** Runs a tool request and lays out the reply it comes to as terminal text, in `lang`. */
function toolText(knowledge: Knowledge, request: ToolRequest, audience: Audience, lang: Lang): string {
  return layoutText(replyFromTool(runTool(knowledge, request, audience, lang), audience, lang));
}

/** `timeline [YYYY-MM-DD]`. */
export function timelineCommand(knowledge: Knowledge, date: string, lang: Lang): string {
  const given = date.trim() === '' ? {} : { date: date.trim() };
  return toolText(knowledge, { tool: 'timeline', ...given }, 'teacher', lang);
}

/** `modes for <what you need>`: the modes serving the needs named in the text (English or Chinese), or the list of needs. */
export function modesCommand(knowledge: Knowledge, text: string, lang: Lang): string {
  return toolText(knowledge, { tool: 'modes', needs: matchNeeds(knowledge, text), asked: text }, 'teacher', lang);
}

/** `obligations <situation>`: the checklist for the situation described (English or Chinese), or the list of situations. */
export function obligationsCommand(knowledge: Knowledge, text: string, audience: Audience, lang: Lang): string {
  const situation = text.trim() ? matchSituation(knowledge, text) : undefined;
  const request: ToolRequest = situation === undefined ? { tool: 'obligations', asked: text } : { tool: 'obligations', situation };
  return toolText(knowledge, request, audience, lang);
}

/** `glossary [term]`: one term's meaning (found by its English, Chinese or everyday words), or every term. */
export function glossaryCommand(knowledge: Knowledge, term: string, lang: Lang): string {
  return toolText(knowledge, { tool: 'glossary', asked: term }, 'teacher', lang);
}

/** The console's tips offering a tool, in each language; the commands to type stay English words. */
const TIPS: Record<Lang, (intent: FeatureIntent) => string> = {
  en: (intent) => {
    switch (intent.feature) {
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
    }
  },
  zh: (intent) => {
    switch (intent.feature) {
      case 'eligibility':
        return '提示：输入“check”，可以就您自己的情况做一次简短的资格检查。';
      case 'timeline':
        return `提示：输入“timeline ${intent.date ?? 'YYYY-MM-DD'}”，查看您的离岗时间线。`;
      case 'mode-finder':
        return '提示：输入“modes for <贵企业的需求>”，查找适合的合作模式。';
      case 'obligations':
        return '提示：输入“obligations <您的情形>”，查看谁必须做什么的清单。';
      case 'glossary':
        return '提示：输入“glossary”和一个词，查看它在指导意见中的术语。';
    }
  },
};

/** A one-line tip, in `lang`, offering the feature a free-text question reads like. */
export function featureTip(intent: FeatureIntent | undefined, lang: Lang): string | undefined {
  return intent === undefined ? undefined : TIPS[lang](intent);
}
