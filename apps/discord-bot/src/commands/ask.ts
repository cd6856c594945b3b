import { ApplicationCommandOptionType, type ChatInputCommandInteraction } from 'discord.js';
import { MAX_QUESTION_LENGTH, type Services } from '@cobridge/advisor-runtime';
import type { Audience, Lang } from '@cobridge/policy-knowledge';
import { interfaceLang } from '@cobridge/reply';
import { toQuestion } from '../inbound.js';
import { offerFor } from '../feature-replies.js';
import { renderOutcome } from '../render/render-result.js';
import { withOffer } from '../render/render-offer.js';
import type { RenderedReply } from '../render/reply.js';
import { respond } from '../respond.js';
import { AUDIENCE_OPTION, COMMAND_CONTEXTS, audienceOption, type Command } from './command.js';

/** The question an /ask carries, cleaned: all it takes to answer it (again, after a crash). */
export interface AskedQuestion {
  userId: string;
  /** Whose follow-ups it continues: the channel (or DM) and the user. */
  conversationId: string;
  text: string;
  audience: Audience;
  /** The asker's interface language (from the interaction's locale); the answer follows the question's. */
  lang?: Lang;
}

/** Reads the question, the audience and the conversation out of an /ask interaction. */
export function askedQuestion(interaction: ChatInputCommandInteraction): AskedQuestion {
  const userId = interaction.user.id;
  return {
    userId,
    conversationId: `${interaction.channelId ?? 'dm'}:${userId}`,
    text: toQuestion(interaction.options.getString('question', true)).text,
    audience: audienceOption(interaction),
    lang: interfaceLang(interaction.locale),
  };
}

/** Works out the reply to an asked question: the answer (with a feature offer when it reads like one) or a notice. */
export function replyToAsked(services: Services, asked: AskedQuestion): RenderedReply {
  const { userId, text, audience, conversationId, lang } = asked;
  const outcome = services.ask({ platform: 'discord', userId, text, audience, conversationId });
  const offer = outcome.kind === 'result' ? offerFor(services.advisor().knowledge, text, lang) : undefined;
  return withOffer(renderOutcome(outcome, audience, lang), offer);
}

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
    await respond(interaction, replyToAsked(services, askedQuestion(interaction)));
  },
} satisfies Command;
