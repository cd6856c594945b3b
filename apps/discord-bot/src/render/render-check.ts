import { ButtonStyle } from 'discord.js';
import type { EligibilityFile, EligibilityStep, Lang } from '@cobridge/policy-knowledge';
import { blocksOf, replyFromCheck, toolWording } from '@cobridge/reply';
import { encodeCheckState } from '../check-state.js';
import { checkAnswerId, checkStartId, withLang } from '../custom-ids.js';
import { button, buttonRows, limitRows } from './components.js';
import { layoutReply } from './layout-reply.js';
import type { RenderedReply } from './reply.js';

/**
 * Any step of the eligibility check, privately and in `lang`: a question with one button per choice (carrying the
 * answers so far and the language), or the verdict with a button to start again.
 */
export function renderCheckStep(step: EligibilityStep, file: EligibilityFile, lang: Lang): RenderedReply {
  const reply = replyFromCheck(step, file, lang);
  const laid = layoutReply(reply);
  const [picker] = blocksOf(reply, 'picker');
  const state = step.kind === 'invalid' ? step.restart.state : step.state;
  const code = encodeCheckState(file, state);
  const buttons =
    picker === undefined
      ? [button(withLang(checkStartId(), lang), toolWording(lang).check.startAgain, ButtonStyle.Secondary, '🔁')]
      : picker.options.map((option, index) => button(withLang(checkAnswerId(code, index), lang), option.label, ButtonStyle.Primary));
  return { ...laid, components: limitRows(buttonRows(buttons)), ephemeral: true };
}
