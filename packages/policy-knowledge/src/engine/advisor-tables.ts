import { segmentationsOf } from '../classify/segment-chinese.js';
import { stem } from '../classify/stem.js';
import type { Knowledge } from '../knowledge.js';
import { FIELD_WORDS } from '../understand/field-match.js';
import { countVocabulary, type SpellerVocabulary } from '../understand/spelling.js';
import { indexExamples, type AskIndex } from './ask-matcher.js';

/** What building an advisor computes from the knowledge alone, as plain data: kept in the compiled snapshot. */
export interface AdvisorTables {
  asks: AskIndex;
  vocabulary: SpellerVocabulary;
  /** The stem of each word of `vocabulary`, in the same order. */
  stems: string[];
  /** The Han runs of the English knowledge's texts (mixed-language example questions) cut into words. */
  segmentations: [string, string[]][];
}

/**
 * Computes the tables of an advisor for this knowledge: the facts' example index, the speller's vocabulary and its stems,
 * and the segmentation of the Chinese words its English texts hold.
 */
export function buildAdvisorTables(knowledge: Knowledge): AdvisorTables {
  const asked = knowledge.facts.flatMap((fact) => fact.asks.map((ask) => ask.q));
  const segmentations = segmentationsOf([...asked, ...askedTexts(knowledge), ...editedTexts(knowledge)]);
  return { asks: indexExamples(knowledge.facts), ...spellerTables(knowledge), segmentations };
}

/** The speller's vocabulary for this knowledge and the stem of each of its words. */
export function spellerTables(knowledge: Knowledge): Pick<AdvisorTables, 'vocabulary' | 'stems'> {
  const vocabulary = countVocabulary(editedTexts(knowledge), askedTexts(knowledge));
  return { vocabulary, stems: vocabulary.words.map(stem) };
}

/** The questions users asked, as the training data keeps them. */
function askedTexts(knowledge: Knowledge): string[] {
  return [...knowledge.outOfScope, ...knowledge.topics.flatMap((t) => t.questions)];
}

/** Every edited text of the knowledge, for the speller's vocabulary. */
function editedTexts(knowledge: Knowledge): string[] {
  const texts: string[] = [];
  for (const topic of knowledge.topics)
    texts.push(topic.title, topic.answer, topic.teacher ?? '', topic.enterprise ?? '', ...topic.followUps);
  for (const fact of knowledge.facts) texts.push(fact.text, fact.teacher ?? '', fact.enterprise ?? '');
  for (const concept of Object.values(knowledge.concepts.concepts)) texts.push(...concept.phrases);
  for (const clause of knowledge.clauses.values()) texts.push(clause.text);
  for (const term of knowledge.features.glossary?.terms ?? []) texts.push(term.term, ...term.aliases);
  texts.push(FIELD_WORDS.join(' '));
  return texts;
}
