import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const PROCESS = fileURLToPath(new URL('./slack-process.js', import.meta.url));
const word = (text: string, times: number): string => text.repeat(times);

/** Fake credentials the bench bot runs with (built at run time: no token-shaped literal in the source). */
export const BENCH_SECRETS = {
  botToken: ['xoxb', 'bench', word('fake', 3)].join('-'),
  signingSecret: word('benchsigning', 3),
} as const;

/** The bench's Slack bot process: its port, its IPC questions and how to end it. */
export interface SlackChild {
  port: number;
  ackTimes(): Promise<number[]>;
  recovered(): Promise<{ replayed: number; missed: number }>;
  /** The bot's event-loop delay since start (or the last reset), p99 and max in ms. */
  loopDelay(): Promise<{ p99: number; max: number }>;
  /** Starts the event-loop delay afresh (so start-up does not count). */
  resetLoopDelay(): Promise<void>;
  kill(signal: NodeJS.Signals): Promise<void>;
}

function ask<T>(child: ChildProcess, question: string, field: string): Promise<T> {
  return new Promise((resolve) => {
    const listener = (message: unknown): void => {
      const record = message as Record<string, unknown>;
      if (field in record) {
        child.off('message', listener);
        resolve(record[field] as T);
      }
    };
    child.on('message', listener);
    child.send(question);
  });
}

/** Starts the Slack bot in HTTP mode as its own process against `apiUrl`, with its question log at `dbPath`. */
export async function startSlackChild(apiUrl: string, dbPath: string): Promise<SlackChild> {
  const child = fork(PROCESS, [], {
    cwd: tmpdir(),
    env: {
      PATH: process.env.PATH ?? '',
      SLACK_BOT_TOKEN: BENCH_SECRETS.botToken,
      SLACK_SIGNING_SECRET: BENCH_SECRETS.signingSecret,
      SLACK_PORT: '0',
      SLACK_API_URL: apiUrl,
      COBRIDGE_DB: dbPath,
      COBRIDGE_RATE_LIMIT: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const [first] = (await once(child, 'message')) as [{ port: number }];
  return {
    port: first.port,
    ackTimes: () => ask(child, 'ack-times', 'ackTimes'),
    recovered: () => ask(child, 'recovered', 'recovery'),
    loopDelay: () => ask(child, 'loop-delay', 'loopDelay'),
    resetLoopDelay: () => ask(child, 'reset-loop-delay', 'reset'),
    async kill(signal) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill(signal);
      await exited;
    },
  };
}
