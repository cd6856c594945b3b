import type { Audience } from '../schema/topic.js';
import type { ConceptMatch } from './concept-matcher.js';

/** Words that name the enterprise only when an enterprise contact speaks ("我们要交吗"). */
const ENTERPRISE_PRONOUNS = new Set(['我们', '咱们', '我们的', '咱们的']);
/** Characters that deny the situation or modifier named right after them ("不离岗", "没签"). */
const NEGATION = /[不没未无非别]$/;

interface Phrase {
  concept: string;
  text: string;
}

/** Finds the concepts a Chinese question names: phrases as substrings (Chinese has no spaces), longest first, no overlaps. */
export class ChineseConceptFinder {
  private readonly phrases: Phrase[];

  /** Compiles the Chinese phrases of each concept; `kinds` says which concepts a negation can deny. */
  constructor(
    phrases: Readonly<Record<string, readonly string[]>>,
    private readonly kinds: ReadonlyMap<string, string>,
  ) {
    const list: Phrase[] = [];
    for (const [concept, texts] of Object.entries(phrases)) for (const text of texts) list.push({ concept, text: text.toLowerCase() });
    for (const pronoun of ENTERPRISE_PRONOUNS) list.push({ concept: 'enterprise', text: pronoun });
    this.phrases = list.sort((a, b) => b.text.length - a.text.length);
  }

  /** Every concept the text names, in order of first mention. */
  find(text: string, audience?: Audience): ConceptMatch[] {
    const lower = text.toLowerCase();
    const taken = new Uint8Array(lower.length);
    const found: { at: number; match: ConceptMatch }[] = [];
    const seen = new Set<string>();
    for (const phrase of this.phrases) {
      for (let at = lower.indexOf(phrase.text); at >= 0; at = lower.indexOf(phrase.text, at + 1)) {
        if (taken.subarray(at, at + phrase.text.length).some((t) => t === 1)) continue;
        taken.fill(1, at, at + phrase.text.length);
        if (ENTERPRISE_PRONOUNS.has(phrase.text) && audience !== 'enterprise') continue;
        const kind = this.kinds.get(phrase.concept);
        if ((kind === 'situation' || kind === 'modifier') && NEGATION.test(lower.slice(0, at))) continue;
        if (seen.has(phrase.concept)) continue;
        seen.add(phrase.concept);
        found.push({ at, match: { concept: phrase.concept, matched: phrase.text } });
      }
    }
    return found.sort((a, b) => a.at - b.at).map((f) => f.match);
  }
}
