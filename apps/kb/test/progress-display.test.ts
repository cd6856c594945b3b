import { describe, expect, it } from 'vitest';
import { createProgressDisplay } from '../src/progress-display.js';

function capture(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, write: (text: string) => written.push(text) }, written };
}

describe('createProgressDisplay', () => {
  it('redraws one bar line in place on a terminal and ends it when a stage completes', () => {
    const { stream, written } = capture(true);
    const display = createProgressDisplay(stream);
    display.onProgress('final', { step: 1, total: 2, loss: 0.5 });
    display.onProgress('final', { step: 2, total: 2, loss: 0.25 });
    display.done();
    expect(written).toEqual([
      `\r\x1b[2K[${'#'.repeat(15)}${'.'.repeat(15)}] training the final model 1/2, loss 0.5000`,
      `\r\x1b[2K[${'#'.repeat(30)}] training the final model 2/2, loss 0.2500`,
      '\n',
    ]);
  });

  it('writes plain lines, without control characters, when not on a terminal', () => {
    const { stream, written } = capture(false);
    createProgressDisplay(stream).onProgress('holdout', { step: 3, total: 12, loss: 0.123456 });
    expect(written).toEqual(['Training: tuning the decline threshold 3/12, loss 0.1235\n']);
  });
});
