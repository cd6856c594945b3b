import type { Knowledge } from '../knowledge.js';
import type { Audience, Topic } from '../schema/topic.js';
import { namedSectionNumber, type Reference } from '../understand/reference.js';
import { citeClauses } from '../features/cite-clauses.js';
import { answerText, composeAnswer, withUnderstanding } from './compose.js';
import { composeFromFacts } from './compose-facts.js';
import type { AnswerResult, Understanding } from './types.js';

type Base = Omit<Understanding, 'facts' | 'reference' | 'verdictRule'>;

/** Answers a reference to the source's structure: a section's summary, a clause, a numbered point or a whole list. */
export function answerReference(
  knowledge: Knowledge,
  question: string,
  reference: Reference,
  audience: Audience | undefined,
  base: Base,
): AnswerResult {
  const understanding = referringUnderstanding(base, reference);
  // "the end of section 4" when section 4's own text opens it: the whole section is what there is to say.
  if (reference.kind === 'section' && reference.part && ownPartOf(knowledge, reference.id) !== reference.part)
    return answerReference(knowledge, question, { kind: 'section', id: reference.id }, audience, base);
  const clauseIds = referredClauses(knowledge, reference);
  const topic = bestTopicFor(knowledge, clauseIds);
  const answer = composeAnswer(knowledge, topic, { question, confidence: 1, audience, alternatives: [] });
  const facts = knowledge.facts.filter((f) => f.clauses.some((c) => clauseIds.includes(c)));
  if (reference.kind === 'section' && reference.part) {
    // "what does the opening of section 4 say?": what the section says apart from its subsections, fact by fact.
    const title = knowledge.sections.get(reference.id) ?? '';
    const told = facts.slice(0, OWN_PART_FACTS);
    const name = reference.part === 'opening' ? 'The opening' : 'The closing part';
    const text = `${name} of section ${reference.id}, “${title}”: ${composeFromFacts(told, null, audience)}`;
    const cited = clauseIds.filter((id) => told.some((f) => f.clauses.includes(id)));
    return withUnderstanding({ ...answer, text, citations: citeClauses(knowledge, cited), facts: told.map((f) => f.id) }, understanding);
  }
  if (reference.kind === 'section') {
    const title = knowledge.sections.get(reference.id) ?? '';
    const text = `Section ${reference.id}, “${title}”: ${answerText(topic, audience)}`;
    const citations = citeClauses(knowledge, topicClausesIn(topic, reference.id, clauseIds));
    // The section's facts, so a follow-up ("any example?", "why is it hard?") is read against what the section says.
    return withUnderstanding({ ...answer, text, citations, facts: facts.map((f) => f.id) }, understanding);
  }
  if (reference.kind === 'list') {
    // "the three policy requirements": the topic that sums the list up, with its citations in the list's section.
    const list = knowledge.lists.find((l) => l.id === reference.id);
    const own = topic.citations.filter((c) => list !== undefined && inSection(knowledge.clauses.get(c)?.section ?? '', list.section));
    const text = `“${list?.title ?? ''}”: ${answerText(topic, audience)}`;
    const citations = citeClauses(knowledge, own.length > 0 ? own : clauseIds);
    return withUnderstanding({ ...answer, text, citations, facts: facts.map((f) => f.id) }, understanding);
  }
  const lead =
    reference.kind === 'clause'
      ? `Clause ${reference.id} says:`
      : `Point ${reference.index} of “${knowledge.lists.find((l) => l.id === reference.list)?.title ?? ''}”:`;
  const body = facts.length > 0 ? composeFromFacts(facts.slice(0, 4), null, audience) : answerText(topic, audience);
  return withUnderstanding(
    { ...answer, text: `${lead} ${body}`, citations: citeClauses(knowledge, clauseIds), facts: facts.slice(0, 4).map((f) => f.id) },
    { ...understanding, facts: facts.slice(0, 4).map((f) => ({ id: f.id, score: 1 })) },
  );
}

/** What is understood of a question referring to the source's structure, written out field by field (a spread adding keys is slow). */
function referringUnderstanding(base: Base, reference: Reference): Understanding {
  const { corrected, corrections, type, concepts, usedContext } = base;
  return { corrected, corrections, type, concepts, usedContext, reference: { kind: reference.kind, id: reference.id }, facts: [] };
}

/** Where a section's own clauses stand: ahead of its subsections ("opening") or after them ("closing"). */
function ownPartOf(knowledge: Knowledge, section: string): 'opening' | 'closing' | undefined {
  const order = [...knowledge.clauses.values()];
  const own = order.findIndex((c) => c.section === section);
  const sub = order.findIndex((c) => c.section.startsWith(`${section}.`));
  if (own < 0 || sub < 0) return undefined;
  return own < sub ? 'opening' : 'closing';
}

/** Most facts an answer on a section's opening or closing part is composed of. */
const OWN_PART_FACTS = 3;

/** The clauses a reference points at. */
function referredClauses(knowledge: Knowledge, reference: Reference): string[] {
  if (reference.kind === 'clause') return [reference.id];
  if (reference.kind === 'section' && reference.part)
    return [...knowledge.clauses.values()].filter((c) => c.section === reference.id).map((c) => c.id);
  if (reference.kind === 'list-item') return [...(knowledge.lists.find((l) => l.id === reference.list)?.items[reference.index - 1] ?? [])];
  if (reference.kind === 'list') return (knowledge.lists.find((l) => l.id === reference.id)?.items ?? []).flat();
  return [...knowledge.clauses.values()].filter((c) => inSection(c.section, reference.id)).map((c) => c.id);
}

/** True when a clause's section is the section asked about or one of its subsections ("2.3" is in "2"). */
function inSection(section: string, asked: string): boolean {
  return section === asked || section.startsWith(`${asked}.`);
}

/** The topic whose citations cover most of the clauses, preferring topics that cite little else. */
function bestTopicFor(knowledge: Knowledge, clauseIds: readonly string[]): Topic {
  const wanted = new Set(clauseIds);
  let best: { topic: Topic; score: number } | undefined;
  for (const topic of knowledge.topics) {
    const inside = topic.citations.filter((c) => wanted.has(c)).length;
    if (inside === 0) continue;
    const score = inside - 0.5 * (topic.citations.length - inside);
    if (!best || score > best.score) best = { topic, score };
  }
  return best?.topic ?? knowledge.topics[0]!;
}

function topicClausesIn(topic: Topic, section: string, clauseIds: readonly string[]): string[] {
  const inside = topic.citations.filter((c) => clauseIds.includes(c));
  return inside.length > 0 ? inside : clauseIds.filter((c) => c.startsWith(section)).slice(0, 4);
}

/**
 * "what does clause 3-99 say?", "explain section 4.9": a clause or section the paper does not have, said so with the
 * ones it does have nearby; undefined when the question names none or only ones that exist.
 */
export function missingReference(knowledge: Knowledge, question: string, reference: Reference | undefined): string | undefined {
  if (reference?.kind === 'clause') {
    if (knowledge.clauses.has(reference.id)) return undefined;
    const section = reference.id.slice(0, reference.id.lastIndexOf('-'));
    const own = [...knowledge.clauses.values()].filter((c) => c.section === section).map((c) => c.id);
    const has = own.length > 0 ? `section ${section} has clauses ${own[0]} to ${own[own.length - 1]}` : topSections(knowledge);
    return `The paper has no clause ${reference.id}: ${has}.`;
  }
  const named = reference === undefined ? namedSectionNumber(question) : undefined;
  if (named === undefined || knowledge.sections.has(named)) return undefined;
  const parent = named.split('.')[0]!;
  const subsections = [...knowledge.sections.keys()].filter((id) => id.startsWith(`${parent}.`));
  const has =
    named.includes('.') && subsections.length > 0
      ? `section ${parent} has ${subsections[0]} to ${subsections[subsections.length - 1]}`
      : topSections(knowledge);
  return `The paper has no section ${named}: ${has}.`;
}

/** "its sections are 1 to 6": the paper's top-level sections. */
function topSections(knowledge: Knowledge): string {
  const top = [...knowledge.sections.keys()].filter((id) => !id.includes('.'));
  return `its sections are ${top[0]} to ${top[top.length - 1]}`;
}
