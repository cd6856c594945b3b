import { stem } from '../classify/stem.js';
import { readTokens, tokenize } from '../classify/tokenize.js';
import type { Knowledge } from '../knowledge.js';
import { hasHan } from './chinese-language.js';
import { chineseTexts, hanBigrams } from './han-bigrams.js';

/** Words shorter than this say too little to mark a subject ("do", "it"). */
const MIN_WORD = 3;

/**
 * The words only the "not covered" examples use ("tax", "register", "weather"): a question naming one is about a
 * subject the knowledge never speaks of, however short. Built from the knowledge's own texts, word stems compared.
 */
export class OutOfScopeWords {
  private readonly only: ReadonlySet<string>;
  /** The same for Chinese: pairs of Han characters only the Chinese "not covered" examples use ("公积", "专利"). */
  private onlyHan: ReadonlySet<string> | undefined;
  private readonly knowledge: Knowledge;

  /** Collects the stems of the out-of-scope examples that no topic, fact, example question or clause uses. */
  constructor(knowledge: Knowledge) {
    const inScope = new Set<string>();
    const add = (text: string, into: Set<string>) => {
      for (const word of tokenize(text)) if (word.length >= MIN_WORD && /^\p{L}+$/u.test(word)) into.add(stem(word));
    };
    for (const topic of knowledge.topics)
      for (const text of [topic.title, topic.answer, topic.teacher ?? '', topic.enterprise ?? '', ...topic.questions]) add(text, inScope);
    for (const fact of knowledge.facts)
      for (const text of [fact.text, fact.teacher ?? '', fact.enterprise ?? '', ...fact.asks.map((a) => a.q)]) add(text, inScope);
    for (const clause of knowledge.clauses.values()) add(clause.text, inScope);
    for (const concept of Object.values(knowledge.concepts.concepts)) for (const phrase of concept.phrases) add(phrase, inScope);
    const outside = new Set<string>();
    for (const text of knowledge.outOfScope) add(text, outside);
    this.only = new Set([...outside].filter((s) => !inScope.has(s)));
    this.knowledge = knowledge;
  }

  /** True when the text names a word only the out-of-scope examples use. */
  named(text: string): boolean {
    if (hasHan(text) && hanBigrams(text).some((pair) => this.chineseOnly().has(pair))) return true;
    return readTokens(text).some((word) => word.length >= MIN_WORD && this.only.has(stem(word)));
  }

  // Built on the first Chinese question: an advisor only ever asked in English never holds it.
  private chineseOnly(): ReadonlySet<string> {
    if (this.onlyHan) return this.onlyHan;
    const inScope = new Set(chineseTexts(this.knowledge).flatMap(hanBigrams));
    this.onlyHan = new Set((this.knowledge.zh?.outOfScope ?? []).flatMap(hanBigrams).filter((pair) => !inScope.has(pair)));
    return this.onlyHan;
  }
}
