import type { types } from '@slack/bolt';
import {
  MAX_ACTIONS_ELEMENTS,
  MAX_BUTTON_TEXT,
  MAX_BUTTON_VALUE,
  MAX_HEADER_TEXT,
  MAX_MODAL_TITLE,
  MAX_SECTION_TEXT,
  MAX_VIEW_BLOCKS,
} from './limits.js';
import { truncate } from '@cobridge/reply';

/** A Block Kit block this app sends. */
export type Block = types.KnownBlock;
/** A Block Kit button element. */
export type ButtonElement = types.Button;

/** What every renderer returns: notification text plus the blocks. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** A section with (already escaped) mrkdwn, cut to the section limit as a last resort. */
export function section(mrkdwn: string, blockId?: string): Block {
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: truncate(mrkdwn, MAX_SECTION_TEXT) },
    ...(blockId === undefined ? {} : { block_id: blockId }),
  };
}

/** A header in plain text (never parsed for mentions or markup). */
export function header(text: string): Block {
  return { type: 'header', text: { type: 'plain_text', text: truncate(text, MAX_HEADER_TEXT), emoji: true } };
}

/** A context block of (already escaped) mrkdwn snippets. */
export function context(mrkdwn: string[], blockId?: string): Block {
  return {
    type: 'context',
    elements: mrkdwn.map((text) => ({ type: 'mrkdwn' as const, text: truncate(text, MAX_SECTION_TEXT) })),
    ...(blockId === undefined ? {} : { block_id: blockId }),
  };
}

/** A context block showing text exactly as typed (plain text: no mentions, links or formatting). */
export function plainContext(text: string): Block {
  return { type: 'context', elements: [{ type: 'plain_text', text: truncate(text, MAX_SECTION_TEXT), emoji: false }] };
}

/** A button with a plain-text label cut to Slack's limit. */
export function button(label: string, actionId: string, value: string, style?: 'primary' | 'danger'): ButtonElement {
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: truncate(label, MAX_BUTTON_TEXT), emoji: true },
    value: value.slice(0, MAX_BUTTON_VALUE),
    ...(style === undefined ? {} : { style }),
  };
}

/** An actions block (at most Slack's element limit). */
export function actions(blockId: string, elements: ButtonElement[]): Block {
  return { type: 'actions', block_id: blockId, elements: elements.slice(0, MAX_ACTIONS_ELEMENTS) };
}

/** A divider line. */
export function divider(): Block {
  return { type: 'divider' };
}

/** A modal with a Close button; `privateMetadata` carries state between steps (at most 3000 characters). */
export function modal(title: string, blocks: Block[], privateMetadata?: string): types.ModalView {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: truncate(title, MAX_MODAL_TITLE) },
    close: { type: 'plain_text', text: 'Close' },
    blocks: blocks.slice(0, MAX_VIEW_BLOCKS),
    ...(privateMetadata === undefined ? {} : { private_metadata: privateMetadata }),
  };
}
