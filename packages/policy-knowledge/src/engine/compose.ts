import type { Audience, Topic } from '../schema/topic.js';
import type { Knowledge } from '../knowledge.js';
import type { AnswerResult, Citation, TopicRef, Understanding } from './types.js';
import { splitCitedId } from '../sources/cited-id.js';

/** The topic's wording for an audience: its audience-specific text where it has one, else the common answer. */
export function answerText(topic: Topic, audience: Audience | undefined): string {
  return (audience && topic[audience]) || topic.answer;
}

/** The clauses a topic cites, with their section, verbatim text and source document. */
export function citationsOf(knowledge: Knowledge, topic: { readonly citations: readonly string[] }): Citation[] {
  const citations: Citation[] = [];
  for (const id of topic.citations) {
    const clause = knowledge.clauses.get(id);
    if (clause === undefined) continue;
    const document = documentOf(knowledge, id);
    citations.push({ section: clause.section, clause: clause.id, quote: clause.text, source: { id: document.id, title: document.title } });
  }
  return citations;
}

/** The source document of a cited clause id (`<source>:<clause>`, or bare for the paper of clauses.yaml). */
function documentOf(knowledge: Knowledge, cited: string): { id: string; title: string } {
  const { source } = splitCitedId(cited);
  return (source !== undefined && knowledge.documents.find((d) => d.id === source)) || knowledge.source;
}

/** A reference to a topic by id, or undefined when the knowledge has no such topic. */
export function refOf(knowledge: Knowledge, id: string): TopicRef | undefined {
  const topic = knowledge.topicById.get(id);
  return topic ? { id: topic.id, title: topic.title } : undefined;
}

/** What an answer says: its text, the clauses it cites, its verdict and the facts it was composed from. */
export type AnswerContent = Pick<AnswerResult, 'text' | 'citations' | 'verdict' | 'facts'>;

/** A topic's own content for an audience: its text and citations, no verdict, no facts. */
function topicContent(knowledge: Knowledge, topic: Topic, audience: Audience | undefined): AnswerContent {
  return { text: answerText(topic, audience), citations: citationsOf(knowledge, topic), verdict: null, facts: [] };
}

/** The topics a topic points to, those the knowledge has. */
function relatedRefs(knowledge: Knowledge, topic: Topic): TopicRef[] {
  const refs: TopicRef[] = [];
  for (const id of topic.related) {
    const ref = refOf(knowledge, id);
    if (ref !== undefined) refs.push(ref);
  }
  return refs;
}

/** The full answer result for one topic, saying `content` (by default the topic's own text and citations). */
export function composeAnswer(
  knowledge: Knowledge,
  topic: Topic,
  context: { question: string; confidence: number; audience: Audience | undefined; alternatives: AnswerResult['alternatives'] },
  content: AnswerContent = topicContent(knowledge, topic, context.audience),
): AnswerResult {
  return {
    kind: 'answer',
    question: context.question,
    text: content.text,
    alternatives: context.alternatives,
    knowledgeVersion: knowledge.version,
    topic: { id: topic.id, title: topic.title, category: topic.category },
    confidence: context.confidence,
    citations: content.citations,
    related: relatedRefs(knowledge, topic),
    followUps: [...topic.followUps],
    verdict: content.verdict,
    facts: content.facts,
    lang: 'en',
  };
}

/**
 * The answer just composed, given what was understood of its question: set on it in place, as copying the answer with a
 * spread and adding the key makes V8 build the copy slowly, on every question.
 */
export function withUnderstanding(answer: AnswerResult, understanding: Understanding): AnswerResult {
  answer.understanding = understanding;
  return answer;
}

/** Plain-text list of topic titles for "did you mean" and "nearest topics" messages. */
export function bulletTitles(refs: TopicRef[]): string {
  return refs.map((r) => `- ${r.title}`).join('\n');
}
