import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createLogger, createServices, servicesOptionsFromEnv } from '@cobridge/advisor-runtime';
import { createSlackApp, loadSlackEnv } from '@cobridge/slack-bot';

// The Slack bot as its own process for the bench: the production wiring (settings from the environment, the
// question log on disk, acknowledging first), plus an IPC channel that reports its port and its ack times.
const env = loadSlackEnv();
const logger = createLogger({ level: 'error', secrets: [env.SLACK_BOT_TOKEN, env.SLACK_SIGNING_SECRET] });
const services = await createServices({ platform: 'slack', ...servicesOptionsFromEnv(env), watch: false, logger });
const bot = createSlackApp({ env, services, host: '127.0.0.1' });
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();
const port = await bot.start();
process.send?.({ port });
process.on('message', (message: unknown) => {
  if (message === 'ack-times') process.send?.({ ackTimes: bot.ackTimes() });
  if (message === 'reset-loop-delay') {
    loopDelay.reset();
    process.send?.({ reset: true });
  }
  // How long the event loop was blocked at worst (ms): a request cannot even be read while it is.
  if (message === 'loop-delay') process.send?.({ loopDelay: { p99: loopDelay.percentile(99) / 1e6, max: loopDelay.max / 1e6 } });
  if (message === 'recovered') void bot.recovered().then((recovery) => process.send?.({ recovery }));
});
