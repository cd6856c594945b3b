import { citationsOf } from '../engine/compose.js';
import { chineseCitationLabel } from '../engine/localize-chinese.js';
import type { Knowledge } from '../knowledge.js';
import type { Citation, Lang } from '../engine/types.js';

/** The citations for a list of clause ids, the same way topic answers cite them (in Chinese, under a Chinese label). */
export function citeClauses(knowledge: Knowledge, ids: readonly string[], lang: Lang = 'en'): Citation[] {
  // citationsOf reads only a topic's `citations`; feature items carry the same field.
  const citations = citationsOf(knowledge, { citations: ids });
  return lang === 'zh' ? citations.map((citation) => ({ ...citation, label: chineseCitationLabel(citation) })) : citations;
}
