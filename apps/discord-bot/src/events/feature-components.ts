import type { ButtonInteraction, StringSelectMenuInteraction } from 'discord.js';
import type { Services } from '@cobridge/advisor-runtime';
import type { Lang } from '@cobridge/policy-knowledge';
import { interfaceLang } from '@cobridge/reply';
import type { ComponentAction } from '../custom-ids.js';
import { checkAnswerReply, checkStartReply, checklistReply, modesReply, termReply, timelineReply } from '../feature-replies.js';
import type { RenderedReply } from '../render/reply.js';
import { respond, updateMessage } from '../respond.js';

/** The component actions of the features beyond Q&A. */
export type FeatureAction = Extract<
  ComponentAction,
  { kind: 'check-start' | 'check' | 'timeline' | 'needs' | 'needs-menu' | 'situation' | 'situation-menu' | 'term' | 'term-menu' }
>;

const FEATURE_KINDS: ReadonlySet<string> = new Set([
  'check-start',
  'check',
  'timeline',
  'needs',
  'needs-menu',
  'situation',
  'situation-menu',
  'term',
  'term-menu',
] satisfies FeatureAction['kind'][]);

/** True for the actions {@link handleFeatureAction} answers. */
export function isFeatureAction(action: ComponentAction | undefined): action is FeatureAction {
  return action !== undefined && FEATURE_KINDS.has(action.kind);
}

function replyFor(action: FeatureAction, services: Services, values: readonly string[], lang: Lang): RenderedReply {
  const { knowledge } = services.advisor();
  switch (action.kind) {
    case 'check-start':
      return checkStartReply(knowledge, lang);
    case 'check':
      return checkAnswerReply(knowledge, action.code, action.choice, lang);
    case 'timeline':
      return timelineReply(knowledge, action.date, lang);
    case 'needs':
      return modesReply(knowledge, action.indexes, lang);
    case 'needs-menu':
      return modesReply(knowledge, values, lang);
    case 'situation':
      return checklistReply(knowledge, action.situationId, lang);
    case 'situation-menu':
      return checklistReply(knowledge, values[0] ?? '', lang);
    case 'term':
      return termReply(knowledge, action.termId, lang);
    case 'term-menu':
      return termReply(knowledge, values[0] ?? '', lang);
  }
}

/**
 * Answers a feature button or menu, in the language the component carries (a Chinese reply's, an offer under a
 * Chinese question) or else the clicker's locale. A check answer replaces the check's message with the next step;
 * everything else (including starting the check from an answer's offer button) is a new reply.
 */
export async function handleFeatureAction(
  interaction: ButtonInteraction | StringSelectMenuInteraction,
  services: Services,
  action: FeatureAction & { lang?: Lang },
): Promise<void> {
  const values = interaction.isStringSelectMenu() ? interaction.values : [];
  const reply = replyFor(action, services, values, action.lang ?? interfaceLang(interaction.locale));
  if (action.kind === 'check') return updateMessage(interaction, reply);
  return respond(interaction, reply);
}
