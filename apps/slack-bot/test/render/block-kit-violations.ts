import type { Block } from '../../src/render/block-kit.js';
import {
  MAX_ACTIONS_ELEMENTS,
  MAX_BLOCKS,
  MAX_BUTTON_TEXT,
  MAX_BUTTON_VALUE,
  MAX_CONTEXT_ELEMENTS,
  MAX_HEADER_TEXT,
  MAX_SECTION_TEXT,
} from '../../src/render/limits.js';

// Only the bot's own "Shared by <@U…>" and a blockquote's leading "> " may use angle brackets.
const ALLOWED_ANGLE = /<@[UW][A-Z0-9]+>|^> /gm;

function checkMrkdwn(text: string, where: string, problems: string[]): void {
  if (text.replace(ALLOWED_ANGLE, '').match(/[<>]/)) problems.push(`${where}: unescaped < or >`);
  if (/&(?!amp;|lt;|gt;)/.test(text)) problems.push(`${where}: unescaped &`);
}

/** Every way `blocks` breaks Slack's Block Kit limits or lets markup through; empty when all is well. */
export function blockKitViolations(blocks: Block[], maxBlocks = MAX_BLOCKS): string[] {
  const problems: string[] = [];
  if (blocks.length > maxBlocks) problems.push(`${String(blocks.length)} blocks > ${String(maxBlocks)}`);
  blocks.forEach((block, i) => {
    const where = `block ${String(i)} (${block.type})`;
    if (block.type === 'section' && block.text) {
      if (block.text.text.length > MAX_SECTION_TEXT) problems.push(`${where}: section text too long`);
      if (block.text.type === 'mrkdwn') checkMrkdwn(block.text.text, where, problems);
    }
    if (block.type === 'section' && block.accessory?.type === 'button' && block.accessory.text.text.length > MAX_BUTTON_TEXT) {
      problems.push(`${where}: accessory button text too long`);
    }
    if (block.type === 'header' && block.text.text.length > MAX_HEADER_TEXT) problems.push(`${where}: header too long`);
    if (block.type === 'context') {
      if (block.elements.length > MAX_CONTEXT_ELEMENTS) problems.push(`${where}: too many context elements`);
      for (const element of block.elements) {
        if (element.type === 'mrkdwn') checkMrkdwn(element.text, where, problems);
        if ((element.type === 'mrkdwn' || element.type === 'plain_text') && element.text.length > MAX_SECTION_TEXT) {
          problems.push(`${where}: context text too long`);
        }
      }
    }
    if (block.type === 'actions') {
      if (block.elements.length > MAX_ACTIONS_ELEMENTS) problems.push(`${where}: too many buttons`);
      const ids = new Set<string>();
      for (const element of block.elements) {
        if (element.type !== 'button') continue;
        if (element.text.text.length > MAX_BUTTON_TEXT) problems.push(`${where}: button text too long`);
        if ((element.value ?? '').length > MAX_BUTTON_VALUE) problems.push(`${where}: button value too long`);
        if (element.action_id !== undefined) {
          if (ids.has(element.action_id)) problems.push(`${where}: duplicate action_id ${element.action_id}`);
          ids.add(element.action_id);
        }
      }
    }
  });
  return problems;
}
