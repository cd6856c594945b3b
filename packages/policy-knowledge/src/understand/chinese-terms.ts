import type { Knowledge } from '../knowledge.js';
import type { Term } from '../schema/chinese.js';
import { cachedMatcher, compilePhrases, type PhraseMatcher } from '../features/phrase-matcher.js';

const HAN = /\p{Script=Han}/u;
const matchers = new WeakMap<readonly Term[], PhraseMatcher<Term>>();

/** The English and pinyin ways of typing each term: Chinese abbreviations are learnt from the training questions. */
function matcherFor(terms: readonly Term[]): PhraseMatcher<Term> {
  return cachedMatcher(matchers, terms, (list) =>
    list.flatMap((term) => [term.en, ...term.aliases].filter((phrase) => !HAN.test(phrase)).map((phrase) => ({ phrase, value: term }))),
  );
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
  const added = matcherFor(terms)
    .findAll(question)
    .map((m) => m.value.zh)
    .filter((zh) => !question.includes(zh));
  return added.length === 0 ? question : `${added.join('，')}：${question}`;
}

/** The Chinese term for an English one, or the English for a Chinese one (or an alias of it): the glossary both ways. */
export function translateTerm(knowledge: Knowledge, term: string): string | undefined {
  const found = compilePhrases((knowledge.zh?.terms ?? []).flatMap((t) => [t.zh, t.en, ...t.aliases].map((phrase) => ({ phrase, value: t })))).findAll(term)[0];
  if (!found) return undefined;
  return HAN.test(term) ? found.value.en : found.value.zh;
}
