import { refOf } from '../engine/compose.js';
import type { Lang, TopicRef } from '../engine/types.js';
import type { Knowledge } from '../knowledge.js';

/** The Chinese of a text when `lang` is zh, else its English. */
export function inLang<T>(lang: Lang, english: T, chinese: T): T {
  return lang === 'zh' ? chinese : english;
}

/** A topic as a feature names it, titled in `lang` (the Chinese title of knowledge/zh; the English one without it). */
export function topicIn(knowledge: Knowledge, id: string, lang: Lang): TopicRef | undefined {
  const ref = refOf(knowledge, id);
  const title = lang === 'zh' ? knowledge.zh?.topics.get(id)?.title : undefined;
  return ref && title !== undefined ? { ...ref, title } : ref;
}
