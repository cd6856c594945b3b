/** How long the health check waits for an answer. */
const HEALTHCHECK_TIMEOUT_MS = 3000;

/** The local port that serves /readyz for these settings: the Slack HTTP port, else COBRIDGE_HEALTH_PORT. */
export function healthPortOf(env: NodeJS.ProcessEnv): number | undefined {
  const health = Number(env.COBRIDGE_HEALTH_PORT);
  if (env.COBRIDGE_HEALTH_PORT?.trim() && Number.isInteger(health)) return health;
  const slackHttp = env.SLACK_BOT_TOKEN?.trim() && !env.SLACK_APP_TOKEN?.trim();
  return slackHttp ? Number(env.SLACK_PORT?.trim() || 3000) : undefined;
}

/** `cobridge healthcheck` (the container's HEALTHCHECK): true when /readyz on 127.0.0.1 answers 200. */
export async function checkHealth(env: NodeJS.ProcessEnv): Promise<boolean> {
  const port = healthPortOf(env);
  if (port === undefined) {
    process.stderr.write('healthcheck: set COBRIDGE_HEALTH_PORT (Socket Mode, Discord) or run the Slack bot over HTTP.\n');
    return false;
  }
  try {
    const response = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(HEALTHCHECK_TIMEOUT_MS) });
    process.stdout.write(`${response.status} ${await response.text()}\n`);
    return response.ok;
  } catch (error) {
    process.stderr.write(`healthcheck: nothing answers on 127.0.0.1:${port} (${(error as Error).message})\n`);
    return false;
  }
}
