import type { AdvisorResult, AskOptions } from './types.js';

/** A later part of a message with the part before it: read alone, and how to read it again after that part. */
export interface LaterPart {
  part: string;
  alone: AdvisorResult;
  previous: AdvisorResult;
  previousPart: string;
  readAfter: (context: NonNullable<AskOptions['context']>) => AdvisorResult;
}
