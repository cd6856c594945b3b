import type { TrainProgress } from '@cobridge/policy-knowledge';

const BAR_WIDTH = 30;
const STAGE_LABEL = { holdout: 'tuning the decline threshold', final: 'training the final model' } as const;

/** A training stage as `trainModel` reports it. */
export type TrainStage = keyof typeof STAGE_LABEL;

/** The minimal stream a progress display writes to (stderr in the command line). */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/**
 * Shows training progress: a bar redrawn in place on a terminal, plain lines otherwise (CI logs, pipes).
 * Returns the `onProgress` callback and `done`, which ends the bar's line.
 */
export function createProgressDisplay(stream: ProgressStream): {
  onProgress: (stage: TrainStage, progress: TrainProgress) => void;
  done: () => void;
} {
  let drawing = false;
  const onProgress = (stage: TrainStage, { step, total, loss }: TrainProgress) => {
    const label = `${STAGE_LABEL[stage]} ${step}/${total}, loss ${loss.toFixed(4)}`;
    if (!stream.isTTY) {
      stream.write(`Training: ${label}\n`);
      return;
    }
    const filled = total > 0 ? Math.round((step / total) * BAR_WIDTH) : BAR_WIDTH;
    stream.write(`\r\x1b[2K[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${label}`);
    drawing = true;
    if (step === total) {
      stream.write('\n');
      drawing = false;
    }
  };
  const done = () => {
    if (drawing) stream.write('\n');
    drawing = false;
  };
  return { onProgress, done };
}
