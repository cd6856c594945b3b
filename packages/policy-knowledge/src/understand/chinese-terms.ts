import type { Knowledge } from '../knowledge.js';
import type { Term } from '../schema/chinese.js';
import { compilePhrases } from '../features/phrase-matcher.js';

const HAN = /\p{Script=Han}/u;
interface LatinMatcher {
  pattern: RegExp;
  byPhrase: Map<string, Term>;
}
const matchers = new WeakMap<readonly Term[], LatinMatcher>();
/** A Latin phrase as compared: lowercase, hyphens and runs of spaces as one space ("Part-time" → "part time"). */
const normal = (phrase: string): string =>
  phrase
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .trim();

/**
 * The English and pinyin ways of typing each term (Chinese abbreviations are learnt from the training questions),
 * as whole Latin words: "我的shebao还在" has shebao between Han characters, which are letters too.
 */
function matcherFor(terms: readonly Term[]): LatinMatcher {
  let matcher = matchers.get(terms);
  if (!matcher) {
    const byPhrase = new Map<string, Term>();
    for (const term of terms) for (const phrase of [term.en, ...term.aliases]) if (!HAN.test(phrase)) byPhrase.set(normal(phrase), term);
    const alternatives = [...byPhrase.keys()]
      .sort((a, b) => b.length - a.length)
      .map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '[\\s-]+'));
    matcher = { pattern: new RegExp(`(?<![a-z0-9])(?:${alternatives.join('|')})(?![a-z0-9])`, 'gi'), byPhrase };
    matchers.set(terms, matcher);
  }
  return matcher;
}

/**
 * A Chinese question with the fixed Chinese term put before it for every English word or pinyin it uses
 * ("离岗期间 shebao 还在学校交吗" gains 社会保险), so the Chinese classifier and the concepts read mixed questions too;
 * the question's end, which says what it asks, is left as it is. Unchanged when nothing matches.
 */
export function expandWithChineseTerms(knowledge: Knowledge, question: string): string {
  const terms = knowledge.zh?.terms;
  // Only English words and pinyin are looked up: a question without Latin letters has none.
  if (!terms || !/[a-z]/i.test(question)) return question;
  const { pattern, byPhrase } = matcherFor(terms);
  const found = [...question.matchAll(pattern)].flatMap((m) => byPhrase.get(normal(m[0])) ?? []);
  const added = [...new Set(found.map((t) => t.zh))].filter((zh) => !question.includes(zh));
  return added.length === 0 ? question : `${added.join('，')}：${question}`;
}

/** The Chinese term for an English one, or the English for a Chinese one (or an alias of it): the glossary both ways. */
export function translateTerm(knowledge: Knowledge, term: string): string | undefined {
  const found = compilePhrases(
    (knowledge.zh?.terms ?? []).flatMap((t) => [t.zh, t.en, ...t.aliases].map((phrase) => ({ phrase, value: t }))),
  ).findAll(term)[0];
  if (!found) return undefined;
  return HAN.test(term) ? found.value.en : found.value.zh;
}
