import type { InvalidLeaveDate, LeaveTimeline } from '@cobridge/policy-knowledge';
import { TIMELINE_WORDING } from '@cobridge/reply';
import { TOOL_IDS } from '../action-ids.js';
import { context, divider, header, section, type Block, type SlackMessage } from './block-kit.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { fallbackText } from './slack-parts.js';
import { clauseBlocks } from './render-clauses.js';

/** The leave timeline: when the three-year retention ends, what can happen before, where the guidance is silent; or why the date is bad. */
export function renderTimeline(result: LeaveTimeline | InvalidLeaveDate): SlackMessage {
  if (result.kind === 'invalid-date') {
    const text = `${result.message} Try \`/cobridge timeline 2025-09-01\`.`;
    return { text: fallbackText(result.message), blocks: [section(`:warning: ${escapeMrkdwn(text)}`)] };
  }
  const until = escapeMrkdwn(result.retainedUntil);
  const blocks: Block[] = [
    header(TIMELINE_WORDING.title(result.start)),
    section(`*${TIMELINE_WORDING.retainedUntil} ${until}*\n${escapeMrkdwn(result.text)}`),
    ...clauseBlocks(result.citations),
    divider(),
    section(`*${escapeMrkdwn(TIMELINE_WORDING.before(result.retainedUntil))}*`),
  ];
  for (const event of result.before) {
    blocks.push(section(`*${escapeMrkdwn(event.title)}*\n${escapeMrkdwn(event.text)}`), ...clauseBlocks(event.citations));
  }
  if (result.silent.length > 0) {
    const lines = result.silent.map((line) => `• ${escapeMrkdwn(line)}`).join('\n');
    blocks.push(divider(), section(`*${TIMELINE_WORDING.silent}*\n${lines}`));
  }
  return { text: `Your personnel relationship can be retained up to ${result.retainedUntil}.`, blocks };
}

/** Asks for the leave start date with a date picker. */
export function renderTimelinePicker(): SlackMessage {
  const picker = {
    type: 'datepicker' as const,
    action_id: TOOL_IDS.timelineDate,
    placeholder: { type: 'plain_text' as const, text: 'Leave start date' },
  };
  return {
    text: TIMELINE_WORDING.askDate,
    blocks: [
      section(`*${TIMELINE_WORDING.askDate}* Pick the date and I will show your leave timeline.`),
      { type: 'actions', block_id: 'timeline-date', elements: [picker] },
      context(['Or type `/cobridge timeline YYYY-MM-DD`.']),
    ],
  };
}
