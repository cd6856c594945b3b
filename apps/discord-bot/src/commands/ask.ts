import { ApplicationCommandOptionType } from 'discord.js';
import { MAX_QUESTION_LENGTH } from '@cobridge/advisor-runtime';
import { toQuestion } from '../inbound.js';
import { offerFor } from '../feature-replies.js';
import { renderOutcome } from '../render/render-result.js';
import { withOffer } from '../render/render-offer.js';
import { respond } from '../respond.js';
import { AUDIENCE_OPTION, COMMAND_CONTEXTS, audienceOption, type Command } from './command.js';

/**
 * `/ask question:<text> audience:<teacher|enterprise>`: answers in an embed with the cited clause, plus a button
 * offering a feature when the question reads like one. Follow-ups resolve per channel and user.
 */
export const askCommand = {
  data: {
    name: 'ask',
    description: 'Ask about school-enterprise cooperation policy in your own words',
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'question',
        description: 'Your question, e.g. who pays injury insurance for a lecturer on leave?',
        required: true,
        max_length: MAX_QUESTION_LENGTH,
      },
      AUDIENCE_OPTION,
    ],
    ...COMMAND_CONTEXTS,
  },
  async execute(interaction, services) {
    const audience = audienceOption(interaction);
    const question = toQuestion(interaction.options.getString('question', true));
    const userId = interaction.user.id;
    const conversationId = `${interaction.channelId ?? 'dm'}:${userId}`;
    const outcome = services.ask({ platform: 'discord', userId, text: question.text, audience, conversationId });
    const offer = outcome.kind === 'result' ? offerFor(services.advisor().knowledge, question.text) : undefined;
    await respond(interaction, withOffer(renderOutcome(outcome, audience), offer));
  },
} satisfies Command;
