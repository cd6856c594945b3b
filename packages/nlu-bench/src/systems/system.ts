import type { CorpusRow } from '../read-jsonl.js';

/** One system's answer for an utterance: its top intent and how out of scope it looks (higher = more). */
export interface Classified {
  intent: string;
  oosScore: number;
}

/** A classifier under test: trained once, then asked one utterance at a time. */
export interface SystemUnderTest {
  readonly name: string;
  /** Decline threshold on `oosScore` when there is no validation set (Infinity: never declines). */
  readonly defaultThreshold: number;
  train(rows: readonly CorpusRow[]): Promise<void>;
  classify(text: string): Classified | Promise<Classified>;
}
