import type { ModeFinderResult, NeedSummary } from '@cobridge/policy-knowledge';
import { MODES_WORDING } from '@cobridge/reply';
import { MODES_PREFIX } from '../action-ids.js';
import { actions, button, context, divider, header, plainContext, section, type Block, type SlackMessage } from './block-kit.js';
import { MAX_BLOCKS } from './limits.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { fallbackText, topicButtons } from './slack-parts.js';
import { clauseBlocks, fitBlocks } from './render-clauses.js';

/** The cooperation modes that serve the chosen needs, each with why and its clauses; needs no mode serves are said plainly. */
export function renderModeFinder(result: ModeFinderResult): SlackMessage {
  const needs = [
    ...new Set([...result.modes.flatMap((m) => m.reasons.map((r) => r.need.label)), ...result.unlinked.map((u) => u.need.label)]),
  ];
  const head: Block[] = [header(MODES_WORDING.title), section(`*Needs:* ${needs.map(escapeMrkdwn).join(', ')}`)];
  const body: Block[] = [];
  for (const { mode, reasons } of result.modes) {
    const why = reasons.map((r) => `• _${escapeMrkdwn(r.need.label)}:_ ${escapeMrkdwn(r.why)}`).join('\n');
    body.push(divider(), section(`*${escapeMrkdwn(mode.title)}*\n${why}`), ...clauseBlocks(reasons.flatMap((r) => r.citations)));
  }
  for (const unlinked of result.unlinked) {
    body.push(
      divider(),
      section(`*${escapeMrkdwn(unlinked.need.label)}*\n${escapeMrkdwn(unlinked.text)}`),
      ...clauseBlocks(unlinked.citations),
    );
  }
  const tail: Block[] = [...clauseBlocks(result.citations)];
  if (result.modes.length > 0) {
    tail.push(context(['*Read about a mode*']), actions('modes-read', topicButtons(result.modes.map((m) => m.mode))));
  }
  const titles = result.modes.map((m) => m.mode.title).join(', ');
  const text = result.modes.length > 0 ? `${MODES_WORDING.title}: ${titles}` : MODES_WORDING.noMode;
  return { text: fallbackText(text), blocks: fitBlocks(head, body, tail, MAX_BLOCKS) };
}

/** The needs an enterprise can pick from, one button each; `asked` is echoed when it matched none. */
export function renderNeedPicker(needs: NeedSummary[], asked?: string): SlackMessage {
  const blocks: Block[] = [];
  if (asked !== undefined) blocks.push(plainContext(`I could not tell which needs "${asked}" means.`));
  blocks.push(
    section('*What does the enterprise need?* Pick one, and I will show the cooperation modes that serve it.'),
    actions(
      'needs',
      needs.map((need, i) => button(need.label, `${MODES_PREFIX}${String(i)}`, need.id)),
    ),
    context(['Or name several: `/cobridge modes technical support and staff training`.']),
  );
  return { text: 'What does the enterprise need?', blocks };
}
