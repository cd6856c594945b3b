import type { types } from '@slack/bolt';
import type { EligibilityQuestion, EligibilityStep, EligibilityVerdict, EligibilityVerdictKind } from '@cobridge/policy-knowledge';
import { CHECK_WORDING } from '@cobridge/reply';
import { CHECK_CHOICE_PREFIX, TOOL_IDS } from '../action-ids.js';
import { actions, button, context, divider, header, modal, section, type Block } from './block-kit.js';
import { escapeMrkdwn } from './mrkdwn.js';
import { fullClauseBlocks } from './render-clauses.js';

/** The modal's title, also how listeners recognise the check's modal. */
export const CHECK_TITLE = CHECK_WORDING.title;

const VERDICT_ICONS: Record<EligibilityVerdictKind, string> = { eligible: '✅', 'not-eligible': '❌', depends: '❔' };

/** How each verdict is headed in the modal: its icon and the shared wording. */
export const VERDICT_HEADINGS: Record<EligibilityVerdictKind, string> = {
  eligible: `${VERDICT_ICONS.eligible} ${CHECK_WORDING.verdicts.eligible}`,
  'not-eligible': `${VERDICT_ICONS['not-eligible']} ${CHECK_WORDING.verdicts['not-eligible']}`,
  depends: `${VERDICT_ICONS.depends} ${CHECK_WORDING.verdicts.depends}`,
};

function questionBlocks(step: EligibilityQuestion): Block[] {
  // Choice labels can be longer than a button allows, so each choice is a section with a short button beside it.
  const choices: Block[] = step.choices.map((choice, i) => ({
    type: 'section',
    block_id: `choice-${String(i)}`,
    text: { type: 'mrkdwn', text: escapeMrkdwn(choice.label) },
    accessory: button('Choose', `${CHECK_CHOICE_PREFIX}${String(i)}`, choice.id),
  }));
  return [context([escapeMrkdwn(step.intro)]), section(`*${escapeMrkdwn(step.prompt)}*`), ...choices];
}

function verdictBlocks(step: EligibilityVerdict): Block[] {
  const blocks: Block[] = [header(VERDICT_HEADINGS[step.verdict])];
  if (step.dependsOn !== undefined) blocks.push(section(`*${CHECK_WORDING.dependsOn}:* ${escapeMrkdwn(step.dependsOn)}`));
  blocks.push(
    section(escapeMrkdwn(step.text)),
    divider(),
    section(`*Clauses used (${String(step.citations.length)})*`),
    ...fullClauseBlocks(step.citations),
    actions('check-tools', [button(CHECK_WORDING.startAgain, TOOL_IDS.checkRestart, 'restart')]),
  );
  return blocks;
}

/** One step of the eligibility check as a modal: a question with a button per choice, or the verdict with every clause used. */
export function renderEligibilityModal(step: EligibilityStep): types.ModalView {
  if (step.kind === 'invalid') {
    const warning = section(`:warning: ${escapeMrkdwn(step.message)} Let's start again.`);
    return modal(CHECK_TITLE, [warning, ...questionBlocks(step.restart)], JSON.stringify(step.restart.state));
  }
  const blocks = step.kind === 'question' ? questionBlocks(step) : verdictBlocks(step);
  return modal(CHECK_TITLE, blocks, JSON.stringify(step.state));
}
