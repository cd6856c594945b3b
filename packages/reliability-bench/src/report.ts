import { cpus } from 'node:os';
import type { DiscordBurstResult } from './discord-scenario.js';
import type { SlackBurstResult, SlackKillResult } from './slack-scenarios.js';
import { BURST, KILL_AFTER, WEB_API_LATENCY_MS } from './slack-scenarios.js';
import { describeMs, percentile } from './stats.js';

/** Everything one bench run measured. */
export interface ReliabilityFigures {
  burst: SlackBurstResult;
  /** The same burst after a first one warmed the bot up. */
  warm: SlackBurstResult;
  rateLimited: SlackBurstResult;
  killed: SlackKillResult;
  discord: DiscordBurstResult;
}

/** Opens the generated part of docs/reliability.md. */
export const REPORT_START = '<!-- reliability-bench:start -->';
/** Closes the generated part of docs/reliability.md. */
export const REPORT_END = '<!-- reliability-bench:end -->';

/** One Markdown table row. */
function tableRow(cells: readonly (string | number)[]): string {
  return `| ${cells.map(String).join(' | ')} |`;
}

function burstRow(label: string, r: SlackBurstResult): string {
  const p99 = percentile(r.ackTimes, 0.99);
  const loop = `${r.loopDelay.p99.toFixed(0)} ms / ${r.loopDelay.max.toFixed(0)} ms`;
  const ack = `${describeMs(r.ackTimes)} (p99 ${p99 < 1000 ? '< 1 s' : '≥ 1 s'})`;
  const counts = [r.sent, r.acked, r.answeredOnce, r.doubled, r.unanswered];
  return tableRow([label, ...counts, ack, loop, describeMs(r.senderWaits), r.authTestCalls, `${r.seconds.toFixed(1)} s`]);
}

/** The generated section of docs/reliability.md, between the markers. */
export function renderReport(f: ReliabilityFigures, date: string): string {
  return [
    REPORT_START,
    `Measured by \`pnpm bench\` on ${date}, Node ${process.version}, ${String(cpus().length)} cores. ${String(BURST)} signed`,
    `\`app_mention\` events from ${String(BURST)} users sent at once to the Slack bot as its own process (HTTP mode,`,
    `acknowledging first, the question log on disk); the fake Web API answers every call after ${String(WEB_API_LATENCY_MS)} ms.`,
    '',
    tableRow([
      ...['run', 'sent', 'acked 200', 'answered once', 'answered twice', 'acked, unanswered'],
      ...['ack time in the bot p50 / p99 / max', 'bot event-loop delay p99 / max', 'sender wait p50 / p99 / max'],
      ...['auth.test calls', 'until all answered'],
    ]),
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    burstRow('burst, right after start-up', f.burst),
    burstRow('burst, on a bot warmed up by a first burst', f.warm),
    burstRow('burst, 429 windows (2 × auth.test at start, 300 × chat.postMessage, Retry-After 1 s)', f.rateLimited),
    '',
    `SIGKILL after about ${String(KILL_AFTER)} answers of the same burst, then a restart on the same database (an answer`,
    'in flight at the kill reaches Slack yet stays unconfirmed in the log, so the restart replays its row, finds the answer',
    'in the thread and posts nothing: the two middle columns overlap by those):',
    '',
    tableRow([
      ...['sent', 'acked 200', 'answered before the kill', 'replayed by the restart'],
      ...['acked, unanswered', 'answered twice', '`PRAGMA integrity_check`'],
    ]),
    '| --- | --- | --- | --- | --- | --- | --- |',
    tableRow([
      ...[f.killed.sent, f.killed.acked, f.killed.answeredBeforeKill, f.killed.replayedAfterRestart],
      ...[f.killed.unanswered, f.killed.doubled, f.killed.integrity],
    ]),
    '',
    `Discord: ${String(f.discord.sent)} \`/ask\` interactions from as many users through the fake gateway to the real discord.js`,
    'client (question log on disk, the fake REST answering at once):',
    '',
    '| sent | answered once | answered twice | unanswered | `PRAGMA integrity_check` | until all answered |',
    '| --- | --- | --- | --- | --- | --- |',
    tableRow([
      ...[f.discord.sent, f.discord.answeredOnce, f.discord.doubled, f.discord.unanswered],
      ...[f.discord.integrity, `${f.discord.seconds.toFixed(1)} s`],
    ]),
    REPORT_END,
  ].join('\n');
}

/** Replaces the generated section of `doc` (or appends it when the markers are missing). */
export function spliceReport(doc: string, section: string): string {
  const start = doc.indexOf(REPORT_START);
  const end = doc.indexOf(REPORT_END);
  if (start === -1 || end === -1) return `${doc.trimEnd()}\n\n${section}\n`;
  return `${doc.slice(0, start)}${section}${doc.slice(end + REPORT_END.length)}`;
}
