import type { FeatureIntent } from '@cobridge/policy-knowledge';
import { OFFER_LABELS } from '@cobridge/reply';
import { GLOSSARY_PREFIX, MODES_PREFIX, OBLIGATIONS_PREFIX, TOOL_IDS } from '../action-ids.js';
import { intentValue, PICK, type ToolName } from '../tool-request.js';
import { button, type ButtonElement } from './block-kit.js';

/** Each tool's button label, its `/cobridge` usage and a one-line description, for help and the Home tab. */
export const TOOL_GUIDE: Record<ToolName, { label: string; usage: string; does: string }> = {
  check: { label: 'Check my eligibility', usage: '/cobridge check', does: 'a few questions, then what the guidance says about you' },
  timeline: { label: 'Leave timeline', usage: '/cobridge timeline 2025-09-01', does: 'when the three-year retention ends and what can happen before' },
  modes: { label: 'Find cooperation modes', usage: '/cobridge modes technical support', does: 'the cooperation modes that serve an enterprise’s needs' },
  obligations: { label: 'Obligations checklist', usage: '/cobridge obligations leaving the post to start a company', does: 'who must do or sign what' },
  glossary: { label: 'Glossary', usage: '/cobridge glossary bianzhi', does: 'everyday and pinyin words mapped to the guidance’s terms' },
};

const ACTION_OF: Record<ToolName, string> = {
  check: TOOL_IDS.checkOpen,
  timeline: TOOL_IDS.timelineOpen,
  modes: `${MODES_PREFIX}0`,
  obligations: `${OBLIGATIONS_PREFIX}0`,
  glossary: `${GLOSSARY_PREFIX}0`,
};

/** One button per tool that opens it empty (the check's first question, or the tool's picker). */
export function toolButtons(tools: ToolName[]): ButtonElement[] {
  return tools.map((tool) => button(TOOL_GUIDE[tool].label, ACTION_OF[tool], tool === 'check' ? 'start' : PICK));
}

const OFFER_TOOL: Record<FeatureIntent['feature'], ToolName> = {
  eligibility: 'check',
  timeline: 'timeline',
  'mode-finder': 'modes',
  obligations: 'obligations',
  glossary: 'glossary',
};

/** The extra button under an answer that offers the tool a free-text question reads like. */
export function offerButton(intent: FeatureIntent): ButtonElement {
  return button(OFFER_LABELS[intent.feature], ACTION_OF[OFFER_TOOL[intent.feature]], intentValue(intent), 'primary');
}
