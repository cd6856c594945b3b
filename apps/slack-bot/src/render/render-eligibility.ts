import type { types } from '@slack/bolt';
import type { EligibilityStep, Knowledge, Lang } from '@cobridge/policy-knowledge';
import { replyFromCheck, toolWording } from '@cobridge/reply';
import { TOOL_IDS } from '../action-ids.js';
import { actions, button, modal } from './block-kit.js';
import { layoutReply } from './layout-reply.js';

/**
 * One step of the eligibility check as a modal in `lang`, its state and language in private_metadata; a verdict adds
 * a button to start again.
 */
export function renderEligibilityModal(knowledge: Knowledge, step: EligibilityStep, lang: Lang): types.ModalView {
  const file = knowledge.features.eligibility;
  if (file === undefined) throw new Error('the eligibility check needs the knowledge’s eligibility file');
  const words = toolWording(lang).check;
  const { blocks } = layoutReply(replyFromCheck(step, file, lang));
  if (step.kind === 'verdict') blocks.push(actions('check-tools', [button(words.startAgain, TOOL_IDS.checkRestart, 'restart')]));
  const state = step.kind === 'invalid' ? step.restart.state : step.state;
  return modal(words.title, blocks, JSON.stringify({ ...state, lang }));
}
