import type { App } from '@slack/bolt';
import { formatMisses, formatSources, formatStats, type Services } from '@cobridge/advisor-runtime';
import { section, type SlackMessage } from '../render/block-kit.js';
import { MAX_SECTION_TEXT } from '../render/limits.js';
import { escapeMrkdwn, packParagraphs } from '../render/mrkdwn.js';

/** The admins' slash command (users listed in SLACK_ADMIN_USER_IDS). */
export const ADMIN_COMMAND = '/cobridge-admin';

const USAGE = 'Usage: /cobridge-admin stats | misses | sources | reload';

function plainMessage(plain: string): SlackMessage {
  const blocks = packParagraphs([escapeMrkdwn(plain)], MAX_SECTION_TEXT).map((chunk) => section(chunk));
  return { text: escapeMrkdwn(plain.split('\n')[0] ?? ''), blocks };
}

async function adminReply(services: Services, word: string): Promise<string> {
  if (word === 'stats') return formatStats(services.stats());
  if (word === 'misses') return formatMisses(services.misses());
  if (word === 'sources') return formatSources(services.advisor().knowledge);
  if (word !== 'reload') return USAGE;
  const reloaded = await services.reload();
  return reloaded.ok
    ? `Knowledge reloaded: version ${reloaded.version}.`
    : `Reload refused; still serving the previous knowledge.\n${reloaded.errors.join('\n')}`;
}

/**
 * `/cobridge-admin stats|misses|sources|reload`: question-log statistics, missed questions, the source documents and a
 * knowledge reload, for admins only.
 */
export function registerAdminCommand(app: App, services: Services): void {
  app.command(ADMIN_COMMAND, async ({ command, ack, respond, context }) => {
    await ack();
    // The workspace counts too: a bare admin id is an admin only in the bot's own workspace.
    const home = typeof context.homeTeamId === 'string' ? context.homeTeamId : undefined;
    const reply = services.isAdmin('slack', command.user_id, command.team_id, home)
      ? await adminReply(services, command.text.trim().toLowerCase())
      : 'Only Cobridge admins can use this command.';
    await respond({ response_type: 'ephemeral', ...plainMessage(reply) });
  });
}
