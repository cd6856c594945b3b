import type { ButtonInteraction, StringSelectMenuInteraction } from 'discord.js';
import type { Services } from '@cobridge/advisor-runtime';
import type { Audience } from '@cobridge/policy-knowledge';
import { interfaceLang, interfaceStrings } from '@cobridge/reply';
import { parseCustomId } from '../custom-ids.js';
import { renderAnswer } from '../render/render-result.js';
import { renderNotice } from '../render/reply.js';
import { respond } from '../respond.js';
import { handleFeatureAction, isFeatureAction } from './feature-components.js';

async function showTopic(
  interaction: ButtonInteraction | StringSelectMenuInteraction,
  services: Services,
  topicId: string | undefined,
  audience: Audience,
): Promise<void> {
  const lang = interfaceLang(interaction.locale);
  const answer = topicId ? services.advisor().topicAnswer(topicId, audience) : undefined;
  await respond(interaction, answer ? renderAnswer(answer, audience, null, lang) : renderNotice(interfaceStrings(lang).unknownAction));
}

/** Answers a button click: a topic button shows that topic, a feature button its feature, 👍/👎 records the vote. */
export async function handleButton(interaction: ButtonInteraction, services: Services): Promise<void> {
  const strings = interfaceStrings(interfaceLang(interaction.locale));
  const action = parseCustomId(interaction.customId);
  if (action?.kind === 'topic') return showTopic(interaction, services, action.topicId, action.audience);
  if (isFeatureAction(action)) return handleFeatureAction(interaction, services, action);
  if (action?.kind === 'vote') {
    const recorded = services.vote(action.recordId, action.vote, interaction.user.id, 'discord');
    const emoji = action.vote === 'up' ? '👍' : '👎';
    const text = recorded ? strings.voteRecorded(emoji) : strings.voteFailed;
    return respond(interaction, renderNotice(text));
  }
  return respond(interaction, renderNotice(strings.unknownAction));
}

/** Answers a select menu: a topic menu (from /modes or /obligations) shows the topic in full, a feature menu its feature. */
export async function handleSelectMenu(interaction: StringSelectMenuInteraction, services: Services): Promise<void> {
  const action = parseCustomId(interaction.customId);
  if (isFeatureAction(action)) return handleFeatureAction(interaction, services, action);
  if (action?.kind !== 'pick') return respond(interaction, renderNotice(interfaceStrings(interfaceLang(interaction.locale)).unknownAction));
  return showTopic(interaction, services, interaction.values[0], action.audience);
}
