import { readStems } from '../classify/tokenize.js';
import type { ConceptsFile, Fact, Verdict } from '../schema/fact.js';
import { withoutInterjection } from '../understand/interjection.js';
import { asksToConfirm, negates } from '../understand/question-shape.js';

// Words too common to say anything about a claim; turning words ("not", "lose", "only") are kept on purpose.
const STOP = new Set(
  [
    'a an the i my me we our us you your is are am do doe does did to of in on for at it that this be if so with as by from',
    'can will would could should have has had get what which who how when there their they he she his her them its about',
  ]
    .join(' ')
    .split(' '),
);

/** What the features of a question are read against: the fact that answers it and the verdict the rules gave. */
export interface VerdictFeatureInput {
  question: string;
  fact: Fact;
  /** The concepts the question names. */
  concepts: ReadonlySet<string>;
  /** The verdict the fact's rules (or the closest example) give the question. */
  ruleVerdict: Verdict | null;
  conceptsFile: ConceptsFile;
}

/** A question's features as two lists: each feature's name is its prefix joined to its value. */
export interface VerdictFeatureParts {
  prefixes: string[];
  values: string[];
}

/**
 * The features a learned verdict reads: the question's word stems, the word pairs that go beyond the fact's own words
 * ("pay rise", "sign off"), the concepts the fact is not about, and the fact's and the rules' verdicts.
 */
export function verdictFeatures(input: VerdictFeatureInput): string[] {
  const { prefixes, values } = verdictFeatureParts(input);
  return prefixes.map((prefix, i) => prefix + values[i]!);
}

/** The features of `verdictFeatures`, in the same order, each as a prefix and a value (no name is joined). */
export function verdictFeatureParts(input: VerdictFeatureInput): VerdictFeatureParts {
  const { fact, concepts, ruleVerdict } = input;
  const question = withoutLeadIn(input.question);
  const vocabulary = vocabularyOf(fact, input.conceptsFile);
  const stems = stemsOf(question);
  // Each kind of feature has its own prefix, so a feature is repeated only by a repeated stem or word pair.
  const distinct = new Set(stems);
  const factVerdict = fact.verdict ?? 'yes';
  const parts: VerdictFeatureParts = { prefixes: [], values: [] };
  addFeature(parts, 'fact:', factVerdict);
  addFeature(parts, 'rule:', `${ruleVerdict}`);
  addFeature(parts, 'fact-rule:', `${factVerdict}:${ruleVerdict}`);
  let beyond = 0;
  for (const s of stems) if (!vocabulary.has(s)) beyond++;
  for (const s of distinct) addFeature(parts, 'w:', s);
  for (const pair of pairsBeyond(stems, vocabulary)) addFeature(parts, 'p:', pair);
  for (const c of concepts) if (!fact.about.includes(c)) addFeature(parts, 'c:', c);
  // "…doesn't count for promotion, right?": how the question is put, read against what the fact and the rules say.
  const negated = negates(question);
  if (negated) addFeature(parts, 'neg:', `${factVerdict}:${ruleVerdict}`);
  if (asksToConfirm(question)) addFeature(parts, 'confirm:', `${negated ? 'not' : 'so'}:${ruleVerdict}`);
  // The same word can turn one fact's verdict and not another's ("school" in a question on the enterprise's insurance).
  const ofFact = `fw:${fact.id}:`;
  for (const s of distinct) addFeature(parts, ofFact, s);
  addFeature(parts, 'beyond:', `${Math.min(4, Math.floor(beyond / 2))}`);
  // Words new to the fact ("notarised"): in none of its texts and in at most one of its other example questions.
  const asked = askedStemsOf(fact);
  const own = asked.texts.has(input.question.toLowerCase().trim()) ? 1 : 0;
  let novel = 0;
  for (const s of distinct) if (!vocabulary.has(s) && (asked.counts.get(s) ?? 0) - own <= NOVEL_AT_MOST) novel++;
  addFeature(parts, 'novel:', `${Math.min(3, novel)}`);
  return parts;
}

/** A conversation's turn opens with a joining word ("and", "but so") that joins no two claims of its own. */
const OPENING_JOINT = /^\s*(?:(?:and|but|so|also|plus|then)\b[\s,]*)+/i;

/** The question without what is said in passing and the joining word that opens it ("got it. and it's the school…?"). */
function withoutLeadIn(question: string): string {
  return withoutInterjection(question).replace(OPENING_JOINT, '');
}

function addFeature(parts: VerdictFeatureParts, prefix: string, value: string): void {
  parts.prefixes.push(prefix);
  parts.values.push(value);
}

/** The word pairs of the stems that go beyond the vocabulary (one of the two words is not in it), each once, in order. */
function pairsBeyond(stems: readonly string[], vocabulary: ReadonlySet<string>): Set<string> {
  const pairs = new Set<string>();
  for (let i = 1; i < stems.length; i++) {
    if (!vocabulary.has(stems[i]!) || !vocabulary.has(stems[i - 1]!)) pairs.add(`${stems[i - 1]} ${stems[i]}`);
  }
  return pairs;
}

/** The stems of a text's words, without the commonest function words; "n't" is read as "not". */
function stemsOf(text: string): string[] {
  return readStems(text.replace(/n't\b/g, ' not')).filter((s) => !STOP.has(s));
}

const vocabularies = new WeakMap<Fact, ReadonlySet<string>>();

/** The stems a fact itself uses: its texts, its terms and the phrases of the concepts it is about. */
function vocabularyOf(fact: Fact, file: ConceptsFile): ReadonlySet<string> {
  let vocabulary = vocabularies.get(fact);
  if (vocabulary === undefined) {
    const phrases = fact.about.flatMap((c) => file.concepts[c]?.phrases ?? []);
    const texts = [fact.text, fact.teacher ?? '', fact.enterprise ?? '', ...fact.terms, ...phrases];
    vocabulary = new Set(stemsOf(texts.join(' ')));
    vocabularies.set(fact, vocabulary);
  }
  return vocabulary;
}

/** Most other example questions of the fact that may use a word still new to it. */
const NOVEL_AT_MOST = 1;

const askedStems = new WeakMap<Fact, { counts: Map<string, number>; texts: Set<string> }>();

/** How many of a fact's example questions use each stem, and the questions themselves. */
function askedStemsOf(fact: Fact): { counts: Map<string, number>; texts: Set<string> } {
  let asked = askedStems.get(fact);
  if (asked === undefined) {
    const counts = new Map<string, number>();
    for (const ask of fact.asks) for (const s of new Set(stemsOf(ask.q))) counts.set(s, (counts.get(s) ?? 0) + 1);
    asked = { counts, texts: new Set(fact.asks.map((a) => a.q.toLowerCase().trim())) };
    askedStems.set(fact, asked);
  }
  return asked;
}
