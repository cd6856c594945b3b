import { z } from 'zod';
import { describeEnvError, runtimeEnvShape, useProjectSettings, userIdListSchema, type EnvIssue } from '@cobridge/advisor-runtime';

/** The Slack bot's settings: its own SLACK_* variables plus the shared COBRIDGE_* ones. */
export const slackEnvSchema = z.object({
  SLACK_BOT_TOKEN: z.string().regex(/^xoxb-/, 'must be a bot token starting with xoxb-'),
  SLACK_SIGNING_SECRET: z.string().min(1).optional(),
  SLACK_APP_TOKEN: z
    .string()
    .regex(/^xapp-/, 'must be an app-level token starting with xapp-')
    .optional(),
  SLACK_HOST: z.string().min(1).optional(),
  SLACK_PORT: z.coerce.number({ error: 'must be a port number' }).int().min(0).max(65535).default(3000),
  SLACK_API_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  SLACK_ADMIN_USER_IDS: userIdListSchema,
  ...runtimeEnvShape,
});

/** The Slack app's validated settings: tokens, transport and the shared runtime settings. */
export type SlackEnv = z.output<typeof slackEnvSchema>;

/** Thrown when the environment is incomplete; the message names every bad variable and no value. */
export class SlackEnvError extends Error {
  override readonly name = 'SlackEnvError';
}

/** Parses settings from `source`: empty values count as unset; HTTP mode (no app token) needs the signing secret. */
export function parseSlackEnv(source: Record<string, string | undefined>): SlackEnv {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const result = slackEnvSchema.safeParse(present);
  const issues: EnvIssue[] = result.success ? [] : [...result.error.issues];
  if (present.SLACK_APP_TOKEN === undefined && present.SLACK_SIGNING_SECRET === undefined) {
    issues.push({
      code: 'custom',
      path: ['SLACK_SIGNING_SECRET'],
      message: 'is missing (HTTP mode needs it; set SLACK_APP_TOKEN instead to use Socket Mode)',
    });
  }
  if (issues.length > 0 || !result.success) {
    throw new SlackEnvError(describeEnvError(issues, 'The Cobridge Slack bot', 'See docs/slack.md for every setting.'));
  }
  return result.data;
}

/** True when the bot connects over Socket Mode (an app token is set) rather than serving HTTP. */
export function usesSocketMode(env: SlackEnv): boolean {
  return env.SLACK_APP_TOKEN !== undefined;
}

/** Reads the project's `.env` and the process environment (see useProjectSettings) and parses them. */
export function loadSlackEnv(): SlackEnv {
  useProjectSettings();
  return parseSlackEnv(process.env);
}
