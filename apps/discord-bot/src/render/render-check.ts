import { ButtonStyle } from 'discord.js';
import type { EligibilityFile, EligibilityStep } from '@cobridge/policy-knowledge';
import { blocksOf, CHECK_WORDING, replyFromCheck } from '@cobridge/reply';
import { encodeCheckState } from '../check-state.js';
import { checkAnswerId, checkStartId } from '../custom-ids.js';
import { button, buttonRows, limitRows } from './components.js';
import { layoutReply } from './layout-reply.js';
import type { RenderedReply } from './reply.js';

/**
 * Any step of the eligibility check, privately: a question with one button per choice (carrying the answers so far),
 * or the verdict with a button to start again.
 */
export function renderCheckStep(step: EligibilityStep, file: EligibilityFile): RenderedReply {
  const reply = replyFromCheck(step, file);
  const laid = layoutReply(reply);
  const [picker] = blocksOf(reply, 'picker');
  const state = step.kind === 'invalid' ? step.restart.state : step.state;
  const code = encodeCheckState(file, state);
  const buttons =
    picker === undefined
      ? [button(checkStartId(), CHECK_WORDING.startAgain, ButtonStyle.Secondary, '🔁')]
      : picker.options.map((option, index) => button(checkAnswerId(code, index), option.label, ButtonStyle.Primary));
  return { ...laid, components: limitRows(buttonRows(buttons)), ephemeral: true };
}
