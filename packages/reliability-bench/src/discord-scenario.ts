import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices, silentLogger } from '@cobridge/advisor-runtime';
import { createDiscordClient } from '@cobridge/discord-bot';
import { checkIntegrity } from '@cobridge/question-log';
import { FakeDiscord } from '@cobridge/testkit';
import { BURST } from './slack-scenarios.js';

/** What the Discord interaction burst showed. */
export interface DiscordBurstResult {
  sent: number;
  answeredOnce: number;
  doubled: number;
  unanswered: number;
  integrity: string;
  seconds: number;
}

const HANG_BOUND_MS = 600_000;
const userId = (i: number): string => String(400_000_000_000_000_000n + BigInt(i));

/** {@link BURST} `/ask` interactions from as many users through the fake gateway to the real discord.js client. */
export async function discordBurst(): Promise<DiscordBurstResult> {
  const fake = await FakeDiscord.start();
  const dir = mkdtempSync(join(tmpdir(), 'cobridge-bench-'));
  const dbPath = join(dir, 'log.db');
  const services = await createServices({ platform: 'discord', dbPath, logger: silentLogger, rateLimit: { perMinute: 0 } });
  const client = createDiscordClient({ env: { DISCORD_API_URL: fake.apiUrl }, services, rest: { retries: 0, timeout: 60_000 } });
  try {
    const ready = once(client, 'clientReady');
    await client.login(['bench', 'discord', 'fake'].join('.'));
    await ready;
    const started = performance.now();
    const sent = Array.from({ length: BURST }, (_, i) =>
      fake.slashCommand('ask', { question: `who pays injury insurance for a lecturer on leave? ${String(i)}` }, { userId: userId(i) }),
    );
    const deadline = Date.now() + HANG_BOUND_MS;
    const answersTo = (s: (typeof sent)[number]) => fake.answersShown(s);
    while (sent.some((s) => answersTo(s).length === 0) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const seconds = (performance.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 500));
    const counts = sent.map((s) => answersTo(s).length);
    return {
      sent: BURST,
      answeredOnce: counts.filter((n) => n === 1).length,
      doubled: counts.filter((n) => n > 1).length,
      unanswered: counts.filter((n) => n === 0).length,
      integrity: checkIntegrity(dbPath),
      seconds,
    };
  } finally {
    await client.destroy();
    await services.close();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
