import type { ButtonInteraction, StringSelectMenuInteraction } from 'discord.js';
import type { Services } from '@cobridge/advisor-runtime';
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

function replyFor(action: FeatureAction, services: Services, values: readonly string[]): RenderedReply {
  const { knowledge } = services.advisor();
  switch (action.kind) {
    case 'check-start':
      return checkStartReply(knowledge);
    case 'check':
      return checkAnswerReply(knowledge, action.code, action.choice);
    case 'timeline':
      return timelineReply(knowledge, action.date);
    case 'needs':
      return modesReply(knowledge, action.indexes);
    case 'needs-menu':
      return modesReply(knowledge, values);
    case 'situation':
      return checklistReply(knowledge, action.situationId);
    case 'situation-menu':
      return checklistReply(knowledge, values[0] ?? '');
    case 'term':
      return termReply(knowledge, action.termId);
    case 'term-menu':
      return termReply(knowledge, values[0] ?? '');
  }
}

/**
 * Answers a feature button or menu. A check answer replaces the check's message with the next step; everything
 * else (including starting the check from an answer's offer button) is a new reply.
 */
export async function handleFeatureAction(
  interaction: ButtonInteraction | StringSelectMenuInteraction,
  services: Services,
  action: FeatureAction,
): Promise<void> {
  const values = interaction.isStringSelectMenu() ? interaction.values : [];
  const reply = replyFor(action, services, values);
  if (action.kind === 'check') return updateMessage(interaction, reply);
  return respond(interaction, reply);
}
