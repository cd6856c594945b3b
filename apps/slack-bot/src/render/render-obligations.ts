import type { ObligationsChecklist, Party } from '@cobridge/policy-knowledge';
import { OBLIGATIONS_WORDING, PARTY_LABELS } from '@cobridge/reply';
import { OBLIGATIONS_PREFIX } from '../action-ids.js';
import { actions, button, context, header, plainContext, section, type Block, type SlackMessage } from './block-kit.js';
import { MAX_BLOCKS } from './limits.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { fallbackText, topicButtons } from './slack-parts.js';
import { clauseBlocks, fitBlocks } from './render-clauses.js';

/** A situation's checklist grouped by party in the order given (the teacher's items first for teachers), each item with its clauses. */
export function renderObligations(checklist: ObligationsChecklist): SlackMessage {
  const head: Block[] = [header(checklist.situation.title), context([OBLIGATIONS_WORDING.lead])];
  const body: Block[] = [];
  let party: Party | undefined;
  for (const item of checklist.items) {
    if (item.party !== party) {
      party = item.party;
      body.push(section(`*${PARTY_LABELS[party]}*`));
    }
    body.push(section(`☐ ${escapeMrkdwn(item.action)}`), ...clauseBlocks(item.citations));
  }
  if (checklist.note !== undefined) body.push(section(`_${escapeMrkdwn(checklist.note.text)}_`), ...clauseBlocks(checklist.note.citations));
  const tail: Block[] = checklist.related.length > 0 ? [actions('related', topicButtons(checklist.related))] : [];
  return { text: fallbackText(`Checklist: ${checklist.situation.title}`), blocks: fitBlocks(head, body, tail, MAX_BLOCKS) };
}

/** The situations a checklist exists for, one button each; `asked` is echoed when it matched none. */
export function renderSituationPicker(situations: { id: string; title: string }[], asked?: string): SlackMessage {
  const blocks: Block[] = [];
  if (asked !== undefined) blocks.push(plainContext(`I could not match "${asked}" to a situation the guidance covers.`));
  blocks.push(
    section(`*${OBLIGATIONS_WORDING.pickSituation}* Pick one for the checklist of who must do or sign what.`),
    actions(
      'situations',
      situations.map((s, i) => button(s.title, `${OBLIGATIONS_PREFIX}${String(i)}`, s.id)),
    ),
  );
  return { text: OBLIGATIONS_WORDING.pickSituation, blocks };
}
