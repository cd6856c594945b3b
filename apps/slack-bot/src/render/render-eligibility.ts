import type { types } from '@slack/bolt';
import type { EligibilityStep, Knowledge } from '@cobridge/policy-knowledge';
import { CHECK_WORDING, replyFromCheck } from '@cobridge/reply';
import { TOOL_IDS } from '../action-ids.js';
import { actions, button, modal } from './block-kit.js';
import { layoutReply } from './layout-reply.js';

/** The modal's title, also how listeners recognise the check's modal. */
export const CHECK_TITLE = CHECK_WORDING.title;

/** One step of the eligibility check as a modal (its state in private_metadata); a verdict adds a button to start again. */
export function renderEligibilityModal(knowledge: Knowledge, step: EligibilityStep): types.ModalView {
  const file = knowledge.features.eligibility;
  if (file === undefined) throw new Error('the eligibility check needs the knowledge’s eligibility file');
  const { blocks } = layoutReply(replyFromCheck(step, file));
  if (step.kind === 'verdict') blocks.push(actions('check-tools', [button(CHECK_WORDING.startAgain, TOOL_IDS.checkRestart, 'restart')]));
  return modal(CHECK_TITLE, blocks, JSON.stringify(step.kind === 'invalid' ? step.restart.state : step.state));
}
