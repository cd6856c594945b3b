import type { Knowledge } from '../knowledge.js';
import type { Citation, TopicRef } from '../engine/types.js';
import { refOf } from '../engine/compose.js';
import { citeClauses } from './cite-clauses.js';
import type { GlossaryEntry, GlossaryFile } from './glossary-schema.js';
import { cachedMatcher, foldText, type PhraseMatcher } from './phrase-matcher.js';

/** A glossary term as shown to a person: the guidance's wording, a plain definition and its clauses. */
export interface GlossaryTerm {
  id: string;
  term: string;
  aliases: string[];
  definition: string;
  citations: Citation[];
  topic?: TopicRef;
}

/** A glossary term found in some text, with the words that matched. */
export interface GlossaryMatch extends GlossaryTerm {
  matched: string;
}

const matchers = new WeakMap<GlossaryFile, PhraseMatcher<GlossaryEntry>>();

function matcherFor(file: GlossaryFile): PhraseMatcher<GlossaryEntry> {
  return cachedMatcher(matchers, file, (f) =>
    f.terms.flatMap((entry) => [entry.term, ...entry.aliases].map((phrase) => ({ phrase, value: entry }))),
  );
}

function view(knowledge: Knowledge, entry: GlossaryEntry): GlossaryTerm {
  const topic = entry.topic ? refOf(knowledge, entry.topic) : undefined;
  return {
    id: entry.id,
    term: entry.term,
    aliases: [...entry.aliases],
    definition: entry.definition,
    citations: citeClauses(knowledge, entry.citations),
    ...(topic ? { topic } : {}),
  };
}

/** Every glossary term, in the file's order; empty when the knowledge has no glossary. */
export function listGlossary(knowledge: Knowledge): GlossaryTerm[] {
  return (knowledge.features.glossary?.terms ?? []).map((entry) => view(knowledge, entry));
}

/** The first glossary term (by a term's own words or an everyday/pinyin alias) found in the text. */
export function lookupTerm(knowledge: Knowledge, text: string): GlossaryMatch | undefined {
  const file = knowledge.features.glossary;
  const found = file ? matcherFor(file).findAll(text)[0] : undefined;
  return found ? { ...view(knowledge, found.value), matched: found.matched } : undefined;
}

/**
 * The question with the guidance's terms appended for every everyday or pinyin word it uses, so the classifier
 * (trained on the topics' own wording) understands "will I lose my bianzhi". Unchanged when nothing matches.
 */
export function expandWithGlossary(knowledge: Knowledge, question: string): string {
  const file = knowledge.features.glossary;
  if (!file) return question;
  const folded = foldText(question);
  const terms = matcherFor(file)
    .findAll(question)
    .map((m) => m.value.term)
    .filter((term) => !folded.includes(foldText(term)));
  return terms.length === 0 ? question : `${question} (${terms.join('; ')})`;
}
