import type { Knowledge } from '../knowledge.js';
import type { Citation, Lang, TopicRef } from '../engine/types.js';
import { citeClauses } from './cite-clauses.js';
import { inLang, topicIn } from './in-lang.js';
import type { GlossaryEntry, GlossaryFile } from './glossary-schema.js';
import { cachedMatcher, foldText, type PhraseMatcher } from './phrase-matcher.js';

/** A glossary term as shown to a person: the guidance's wording, a plain definition and its clauses, in one language. */
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
const lookUpMatchers = new WeakMap<GlossaryFile, PhraseMatcher<GlossaryEntry>>();

/** The English terms and the aliases: what expands a question for the classifier (trained on exactly these). */
function matcherFor(file: GlossaryFile): PhraseMatcher<GlossaryEntry> {
  return cachedMatcher(matchers, file, (f) =>
    f.terms.flatMap((entry) => [entry.term, ...entry.aliases].map((phrase) => ({ phrase, value: entry }))),
  );
}

/** The same plus each term's Chinese wording: what a person may type to look a term up. */
function lookUpMatcherFor(file: GlossaryFile): PhraseMatcher<GlossaryEntry> {
  return cachedMatcher(lookUpMatchers, file, (f) =>
    f.terms.flatMap((entry) => [entry.term, entry.zh.term, ...entry.aliases].map((phrase) => ({ phrase, value: entry }))),
  );
}

function view(knowledge: Knowledge, entry: GlossaryEntry, lang: Lang): GlossaryTerm {
  const topic = entry.topic ? topicIn(knowledge, entry.topic, lang) : undefined;
  return {
    id: entry.id,
    term: inLang(lang, entry.term, entry.zh.term),
    // The Chinese term is the Chinese name itself; as an alias it would only repeat it.
    aliases: entry.aliases.filter((alias) => lang === 'en' || alias !== entry.zh.term),
    definition: inLang(lang, entry.definition, entry.zh.definition),
    citations: citeClauses(knowledge, entry.citations, lang),
    ...(topic ? { topic } : {}),
  };
}

/** Every glossary term, in the file's order and in `lang`; empty when the knowledge has no glossary. */
export function listGlossary(knowledge: Knowledge, lang: Lang = 'en'): GlossaryTerm[] {
  return (knowledge.features.glossary?.terms ?? []).map((entry) => view(knowledge, entry, lang));
}

/** The first glossary term (by a term's own English or Chinese words, or an everyday/pinyin alias) found in the text. */
export function lookupTerm(knowledge: Knowledge, text: string, lang: Lang = 'en'): GlossaryMatch | undefined {
  const file = knowledge.features.glossary;
  const found = file ? lookUpMatcherFor(file).findAll(text)[0] : undefined;
  return found ? { ...view(knowledge, found.value, lang), matched: found.matched } : undefined;
}

/**
 * The question with the guidance's terms appended for every everyday or pinyin word it uses, so the classifier
 * (trained on the topics' own wording) understands "will I lose my bianzhi". Unchanged when nothing matches.
 */
export function expandWithGlossary(knowledge: Knowledge, question: string): string {
  const file = knowledge.features.glossary;
  if (!file) return question;
  const found = matcherFor(file).findAll(question);
  if (found.length === 0) return question;
  const folded = foldText(question);
  const terms = found.map((m) => m.value.term).filter((term) => !folded.includes(foldText(term)));
  return terms.length === 0 ? question : `${question} (${terms.join('; ')})`;
}
