import { Routes, SnowflakeUtil, type ChatInputCommandInteraction, type Client } from 'discord.js';
import type { Services } from '@cobridge/advisor-runtime';
import { askedQuestion, replyToAsked, type AskedQuestion } from '../commands/ask.js';
import { NO_MENTIONS } from '../respond.js';

/** An /ask that waited this long before the bot saw it is deferred first: Discord wants a first response within 3 s. */
export const DEFER_AFTER_MS = 1_500;

/** How long Discord accepts edits and follow-ups through an interaction's token, from its creation. */
export const INTERACTION_TOKEN_LIFETIME_MS = 15 * 60_000;

/**
 * What the inbox keeps for an /ask acknowledged with a deferred response: enough to finish it after a crash.
 * `token` is a credential (valid 15 minutes); the inbox drops the whole payload once the question is done or missed.
 */
interface DeferredAsk extends AskedQuestion {
  deferred: true;
  applicationId: string;
  token: string;
}

/** The inbox key of an interaction. */
export const interactionKey = (interactionId: string): string => `interaction:${interactionId}`;

/**
 * Acknowledges an /ask with a deferred response ("thinking…") when it arrived `deferAfterMs` or more after Discord
 * created it, and records in the inbox what answering it after a crash needs.
 */
export async function deferLateAsk(interaction: ChatInputCommandInteraction, services: Services, deferAfterMs: number): Promise<void> {
  if (interaction.commandName !== 'ask' || Date.now() - interaction.createdTimestamp < deferAfterMs) return;
  await interaction.deferReply();
  const kept: DeferredAsk = {
    deferred: true,
    applicationId: interaction.applicationId,
    token: interaction.token,
    ...askedQuestion(interaction),
  };
  services.inbox.update('discord', interactionKey(interaction.id), JSON.stringify(kept));
}

function parseDeferredAsk(payload: string): DeferredAsk | undefined {
  const kept = JSON.parse(payload) as Partial<DeferredAsk>;
  return kept.deferred === true && typeof kept.token === 'string' && typeof kept.applicationId === 'string'
    ? (kept as DeferredAsk)
    : undefined;
}

/**
 * After a restart: finishes a deferred /ask a crash left unanswered by editing its deferred response (pinging no
 * one). False when it cannot be answered any more: it was never acknowledged, or its token has expired.
 */
export async function finishDeferredAsk(client: Client, services: Services, key: string, payload: string): Promise<boolean> {
  const kept = parseDeferredAsk(payload);
  if (kept === undefined) return false;
  const createdAt = SnowflakeUtil.timestampFrom(key.slice('interaction:'.length));
  if (Date.now() - createdAt >= INTERACTION_TOKEN_LIFETIME_MS) return false;
  const reply = replyToAsked(services, kept);
  await client.rest.patch(Routes.webhookMessage(kept.applicationId, kept.token, '@original'), {
    body: { embeds: reply.embeds, components: reply.components, allowed_mentions: NO_MENTIONS },
    auth: false,
  });
  return true;
}
