import type { Knowledge } from '../knowledge.js';
import type { ModeFinderFile } from './mode-finder-schema.js';
import { cachedMatcher, type PhraseMatcher } from './phrase-matcher.js';

const matchers = new WeakMap<ModeFinderFile, PhraseMatcher<string>>();

/** The needs a free-text request mentions, in English or Chinese ("we need a steady pipeline of graduates"), in order of mention. */
export function matchNeeds(knowledge: Knowledge, text: string): string[] {
  const file = knowledge.features.modeFinder;
  if (!file) return [];
  const matcher = cachedMatcher(matchers, file, (f) =>
    f.needs.flatMap((need) => [...need.keywords, need.zh.label, ...need.zh.keywords].map((phrase) => ({ phrase, value: need.id }))),
  );
  return matcher.findAll(text).map((m) => m.value);
}
