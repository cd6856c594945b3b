import type { FeatureIntent, Lang } from '@cobridge/policy-knowledge';
import { interfaceStrings, TOOL_DESCRIPTIONS } from '@cobridge/reply';
import { GLOSSARY_PREFIX, MODES_PREFIX, OBLIGATIONS_PREFIX, TOOL_IDS } from '../action-ids.js';
import { intentValue, PICK, type ToolName } from '../tool-request.js';
import { button, type ButtonElement } from './block-kit.js';

const LABELS = interfaceStrings('en').toolLabels;

/** Each tool's button label, its `/cobridge` usage and a one-line description, for help and the Home tab. */
export const TOOL_GUIDE: Record<ToolName, { label: string; usage: string; does: string }> = {
  check: { label: LABELS.check, usage: '/cobridge check', does: TOOL_DESCRIPTIONS.check },
  timeline: { label: LABELS.timeline, usage: '/cobridge timeline 2025-09-01', does: TOOL_DESCRIPTIONS.timeline },
  modes: { label: LABELS.modes, usage: '/cobridge modes technical support', does: TOOL_DESCRIPTIONS.modes },
  obligations: {
    label: LABELS.obligations,
    usage: '/cobridge obligations leaving the post to start a company',
    does: TOOL_DESCRIPTIONS.obligations,
  },
  glossary: { label: LABELS.glossary, usage: '/cobridge glossary bianzhi', does: TOOL_DESCRIPTIONS.glossary },
};

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

/** The extra button under an answer that offers the tool a free-text question reads like, labelled in `lang`. */
export function offerButton(intent: FeatureIntent, lang: Lang = 'en'): ButtonElement {
  return button(interfaceStrings(lang).offers[intent.feature], ACTION_OF[OFFER_TOOL[intent.feature]], intentValue(intent), 'primary');
}
