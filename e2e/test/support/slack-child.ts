import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { FAKE_SECRETS } from './fake-secrets.js';

// The built Slack entry point, reached through the workspace link.
const MAIN = fileURLToPath(new URL('../../node_modules/@cobridge/slack-bot/dist/main.js', import.meta.url));

/** The Slack bot running as its own process (dist/main.js), as it runs in production. */
export interface SlackChild {
  child: ChildProcess;
  /** The port it serves /slack/events on (read from its start-up log line). */
  port: number;
  exited: Promise<number | null>;
  /** Everything it wrote to stderr (its JSON log). */
  stderr(): string;
  /** Sends SIGKILL unless it already exited. */
  kill(): void;
}

/** Starts dist/main.js in HTTP mode against `apiUrl` with the question log at `dbPath` (plus `extraEnv`); resolves once it listens. */
export async function startSlackChild(apiUrl: string, dbPath: string, extraEnv: Record<string, string> = {}): Promise<SlackChild> {
  const child = spawn(process.execPath, [MAIN], {
    cwd: tmpdir(),
    env: {
      PATH: process.env.PATH ?? '',
      SLACK_BOT_TOKEN: FAKE_SECRETS.slackBotToken,
      SLACK_SIGNING_SECRET: FAKE_SECRETS.slackSigningSecret,
      SLACK_HOST: '127.0.0.1',
      SLACK_PORT: '0',
      SLACK_API_URL: apiUrl,
      COBRIDGE_DB: dbPath,
      COBRIDGE_RATE_LIMIT: '0',
      ...extraEnv,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the bot did not start:\n${stderr}`)), 20_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      const match = /"mode":"http","port":(\d+)/.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    void exited.then(() => reject(new Error(`the bot exited at start:\n${stderr}`)));
  });
  return {
    child,
    port,
    exited,
    stderr: () => stderr,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}
