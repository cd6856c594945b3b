import { citationsOf } from '../engine/compose.js';
import type { Knowledge } from '../knowledge.js';
import type { Citation } from '../engine/types.js';

/** The citations for a list of clause ids, the same way topic answers cite them. */
export function citeClauses(knowledge: Knowledge, ids: readonly string[]): Citation[] {
  // citationsOf reads only a topic's `citations`; feature items carry the same field.
  return citationsOf(knowledge, { citations: [...ids] });
}
