import type { RecordedCall } from '@cobridge/testkit';

/** A button found in recorded blocks. */
export interface FoundButton {
  action_id: string;
  value: string;
}

/** Every button in a list of blocks (as the fake recorded them). */
export function buttonsIn(blocks: unknown): FoundButton[] {
  if (!Array.isArray(blocks)) return [];
  return (blocks as { type: string; elements?: { type: string; action_id: string; value: string }[] }[])
    .flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : []))
    .filter((e) => e.type === 'button')
    .map(({ action_id, value }) => ({ action_id, value }));
}

/** The first button whose action id matches, or a failing error naming what was there. */
export function button(blocks: unknown, actionId: RegExp | string): FoundButton {
  const all = buttonsIn(blocks);
  const found = all.find((b) => (typeof actionId === 'string' ? b.action_id === actionId : actionId.test(b.action_id)));
  if (found === undefined) throw new Error(`no ${String(actionId)} button among ${all.map((b) => b.action_id).join(', ')}`);
  return found;
}

/** Everything a recorded call or response carried, as one string to search. */
export function visible(body: RecordedCall['body']): string {
  return JSON.stringify(body);
}
