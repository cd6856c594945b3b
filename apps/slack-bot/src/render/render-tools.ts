import type { FeatureIntent, Lang } from '@cobridge/policy-knowledge';
import { interfaceStrings } from '@cobridge/reply';
import { GLOSSARY_PREFIX, MODES_PREFIX, OBLIGATIONS_PREFIX, TOOL_IDS } from '../action-ids.js';
import { withLang } from '../tool-lang.js';
import { intentValue, PICK, type ToolName } from '../tool-request.js';
import { button, type ButtonElement } from './block-kit.js';

/** How to call each tool with `/cobridge`, with an example in each language (the tool words stay English). */
const USAGE: Record<Lang, Record<ToolName, string>> = {
  en: {
    check: '/cobridge check',
    timeline: '/cobridge timeline 2025-09-01',
    modes: '/cobridge modes technical support',
    obligations: '/cobridge obligations leaving the post to start a company',
    glossary: '/cobridge glossary bianzhi',
  },
  zh: {
    check: '/cobridge check',
    timeline: '/cobridge timeline 2025-09-01',
    modes: '/cobridge modes 技术支持',
    obligations: '/cobridge obligations 教师离岗创业',
    glossary: '/cobridge glossary 编制',
  },
};

/** The `/cobridge` usage of a tool, its example in `lang`. */
export function toolUsage(tool: ToolName, lang: Lang): string {
  return USAGE[lang][tool];
}

const ACTION_OF: Record<ToolName, string> = {
  check: TOOL_IDS.checkOpen,
  timeline: TOOL_IDS.timelineOpen,
  modes: `${MODES_PREFIX}0`,
  obligations: `${OBLIGATIONS_PREFIX}0`,
  glossary: `${GLOSSARY_PREFIX}0`,
};

/** One button per tool that opens it empty (the check's first question, or the tool's picker), labelled in `lang`. */
export function toolButtons(tools: ToolName[], lang: Lang = 'en'): ButtonElement[] {
  const labels = interfaceStrings(lang).toolLabels;
  return tools.map((tool) => button(labels[tool], ACTION_OF[tool], tool === 'check' ? 'start' : PICK));
}

const OFFER_TOOL: Record<FeatureIntent['feature'], ToolName> = {
  eligibility: 'check',
  timeline: 'timeline',
  'mode-finder': 'modes',
  obligations: 'obligations',
  glossary: 'glossary',
};

/**
 * The extra button under an answer that offers the tool a free-text question reads like, labelled in `lang`; the tool
 * answers in `replyLang` (Chinese for a Chinese question, whatever the interface language).
 */
export function offerButton(intent: FeatureIntent, lang: Lang = 'en', replyLang: Lang = lang): ButtonElement {
  const value = withLang(intentValue(intent), replyLang);
  return button(interfaceStrings(lang).offers[intent.feature], ACTION_OF[OFFER_TOOL[intent.feature]], value, 'primary');
}
