// Runs one renderer in a worker thread, so a test can stop a render that hangs instead of hanging itself.
import { parentPort, workerData } from 'node:worker_threads';
import { renderResult as renderSlack } from '@cobridge/slack-bot';
import { renderResult as renderDiscord } from '@cobridge/discord-bot';

parentPort.on('message', (result) => {
  const rendered =
    workerData.platform === 'slack' ? renderSlack(result, { question: result.question }) : renderDiscord(result, 'enterprise', 1);
  parentPort.postMessage({ done: true, size: JSON.stringify(rendered).length });
});
parentPort.postMessage({ ready: true });
