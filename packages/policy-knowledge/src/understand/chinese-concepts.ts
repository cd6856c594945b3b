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

/**
 * Finds the concepts a Chinese question names: phrases as substrings (Chinese has no spaces), read left to right,
 * the longest phrase at each place first (forward maximum matching), no overlaps.
 */
export class ChineseConceptFinder {
  private readonly byFirstChar = new Map<string, Phrase[]>();

  /** Compiles the Chinese phrases of each concept; `kinds` says which concepts a negation can deny. */
  constructor(
    phrases: Readonly<Record<string, readonly string[]>>,
    private readonly kinds: ReadonlyMap<string, string>,
  ) {
    const list: Phrase[] = [];
    for (const [concept, texts] of Object.entries(phrases)) for (const text of texts) list.push({ concept, text: text.toLowerCase() });
    for (const pronoun of ENTERPRISE_PRONOUNS) list.push({ concept: 'enterprise', text: pronoun });
    for (const phrase of list.sort((a, b) => b.text.length - a.text.length)) {
      const first = phrase.text[0]!;
      this.byFirstChar.set(first, [...(this.byFirstChar.get(first) ?? []), phrase]);
    }
  }

  /** Every concept the text names, in order of first mention. */
  find(text: string, audience?: Audience): ConceptMatch[] {
    const lower = text.toLowerCase();
    const found: ConceptMatch[] = [];
    const seen = new Set<string>();
    let at = 0;
    while (at < lower.length) {
      const phrase = this.byFirstChar.get(lower[at]!)?.find((p) => lower.startsWith(p.text, at));
      if (!phrase) {
        at++;
        continue;
      }
      const kind = this.kinds.get(phrase.concept);
      const pronounOnly = ENTERPRISE_PRONOUNS.has(phrase.text) && audience !== 'enterprise';
      const denied = (kind === 'situation' || kind === 'modifier') && NEGATION.test(lower.slice(0, at));
      if (!pronounOnly && !denied && !seen.has(phrase.concept)) {
        seen.add(phrase.concept);
        found.push({ concept: phrase.concept, matched: phrase.text });
      }
      at += phrase.text.length;
    }
    return found;
  }
}
