import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { discordBurst } from './discord-scenario.js';
import { renderReport, spliceReport } from './report.js';
import { slackBurst, slackKill } from './slack-scenarios.js';

// `pnpm bench` (after the NLU bench): the reliability figures, written into docs/reliability.md.
const DOC = fileURLToPath(new URL('../../../docs/reliability.md', import.meta.url));

const step = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
  process.stdout.write(`reliability: ${label}…\n`);
  const result = await run();
  process.stdout.write(
    `${JSON.stringify(result, (key, value: unknown) => (Array.isArray(value) && key !== '' ? `[${value.length} values]` : value))}\n`,
  );
  return result;
};

const burst = await step('Slack burst', () => slackBurst());
const warm = await step('Slack burst on a warmed-up bot', () => slackBurst({ warm: true }));
const rateLimited = await step('Slack burst with 429 windows', () => slackBurst({ rateLimited: true }));
const killed = await step('Slack SIGKILL and restart', slackKill);
const discord = await step('Discord interaction burst', discordBurst);
const section = renderReport({ burst, warm, rateLimited, killed, discord }, new Date().toISOString().slice(0, 10));
writeFileSync(DOC, spliceReport(readFileSync(DOC, 'utf8'), section));
process.stdout.write(`reliability: wrote ${DOC}\n`);
