import { ApplicationCommandOptionType, PermissionFlagsBits } from 'discord.js';
import { formatMisses, formatSources, formatStats, type Services } from '@cobridge/advisor-runtime';
import { renderReport } from '../render/render-report.js';
import { renderNotice, type RenderedReply } from '../render/reply.js';
import { NO_MENTIONS, respond } from '../respond.js';
import { COMMAND_CONTEXTS, type Command } from './command.js';

const { Subcommand } = ApplicationCommandOptionType;

/** Said to anyone not listed in DISCORD_ADMIN_USER_IDS. */
export const NOT_ADMIN = 'Sorry, only Cobridge admins can use `/admin`.';

const DAYS_OPTION = {
  type: ApplicationCommandOptionType.Integer,
  name: 'days',
  description: 'How many days back (default: 7 for stats, 30 for misses)',
  min_value: 1,
  max_value: 365,
} as const;

function bullets(lines: string[]): string {
  return lines.map((line) => `- ${line}`).join('\n');
}

async function report(services: Services, subcommand: string, days: number | null): Promise<RenderedReply> {
  const since = days ?? undefined;
  if (subcommand === 'stats') return renderReport('Question log statistics', formatStats(services.stats(since)));
  if (subcommand === 'misses') return renderReport('Missed questions', formatMisses(services.misses(since)));
  if (subcommand === 'sources') return renderReport('Sources', formatSources(services.advisor().knowledge));
  const result = await services.reload();
  return result.ok
    ? renderReport('Knowledge reloaded', `Now serving ${result.version}${result.changed ? '' : ' (no changes)'}.`)
    : renderReport('Reload refused', `The old knowledge keeps serving. Problems:\n${bullets(result.errors)}`);
}

/**
 * `/admin stats|misses|sources|reload`: the question log, the source documents and knowledge reload, for the ids in
 * DISCORD_ADMIN_USER_IDS.
 */
export const adminCommand = {
  data: {
    name: 'admin',
    description: 'Cobridge admin: question statistics, missed questions, sources, knowledge reload',
    // Hidden from members without Manage Server by default; the id allow-list is the real check.
    default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
    options: [
      { type: Subcommand, name: 'stats', description: 'Questions, outcomes and feedback', options: [DAYS_OPTION] },
      { type: Subcommand, name: 'misses', description: 'Questions the bot could not answer well', options: [DAYS_OPTION] },
      { type: Subcommand, name: 'sources', description: 'The source documents answers quote, with their versions' },
      { type: Subcommand, name: 'reload', description: 'Reload the knowledge files now' },
    ],
    ...COMMAND_CONTEXTS,
  },
  async execute(interaction, services) {
    if (!services.isAdmin('discord', interaction.user.id, interaction.guildId ?? undefined))
      return respond(interaction, renderNotice(NOT_ADMIN));
    await interaction.deferReply({ flags: 'Ephemeral' });
    const { options } = interaction;
    const reply = await report(services, options.getSubcommand(true), options.getInteger('days'));
    await interaction.editReply({ embeds: reply.embeds, allowedMentions: NO_MENTIONS });
  },
} satisfies Command;
