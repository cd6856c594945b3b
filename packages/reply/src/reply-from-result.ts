import { answerSections, type AdvisorResult, type Audience } from '@cobridge/policy-knowledge/serve';
import type { AnswerResult, Citation, ClarifyResult, RefuseResult, UnknownResult } from '@cobridge/policy-knowledge';
import { textBlocks } from './plain-text.js';
import type { Reply, ReplyBlock } from './reply.js';
import { oneLine } from './truncate.js';
import { resultLabels } from './wording.js';

/** Characters of the one-line summary every reply carries. */
export const SUMMARY_CHARS = 300;

/** The citation blocks of a result: each clause once, naming its document when it is not the first one's. */
export function citationBlocks(citations: readonly Citation[]): ReplyBlock[] {
  const first = citations[0]?.source;
  const seen = new Set<string>();
  return citations.flatMap((citation) => {
    const key = `${citation.source?.id ?? ''}\u0000${citation.clause}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const document = citation.source !== undefined && citation.source.id !== first?.id ? citation.source.title : undefined;
    return [document === undefined ? { type: 'citation', citation } : { type: 'citation', citation, document }];
  });
}

function answerReply(result: AnswerResult, audience: Audience): Reply {
  const labels = resultLabels(result.lang);
  const blocks: ReplyBlock[] = answerSections(result).flatMap((section): ReplyBlock[] => [
    ...(section.heading ? [{ type: 'heading' as const, text: section.heading }] : []),
    ...(section.verdict ? [{ type: 'verdict' as const, text: section.verdict }] : []),
    ...textBlocks(section.body),
  ]);
  blocks.push(...citationBlocks(result.citations));
  if (result.related.length > 0) blocks.push({ type: 'actions', purpose: 'related', label: labels.related, topics: result.related });
  if (result.followUps.length > 0) blocks.push({ type: 'suggestions', label: labels.followUps, questions: result.followUps });
  return {
    ...common(result, audience, 'answer', result.topic.title),
    blocks,
    summary: oneLine(`${result.topic.title}: ${result.text}`, SUMMARY_CHARS),
    topicId: result.topic.id,
  };
}

/** The text of a result without its last paragraph when that only lists the topics the actions block offers. */
function leadBlocks(text: string, listsTopics: boolean): ReplyBlock[] {
  const blocks = textBlocks(text);
  return listsTopics && blocks.length > 1 ? blocks.slice(0, -1) : blocks;
}

function clarifyReply(result: ClarifyResult, audience: Audience): Reply {
  const labels = resultLabels(result.lang);
  const blocks = leadBlocks(result.text, result.candidates.length > 0);
  if (blocks.length === 0) blocks.push({ type: 'paragraph', text: labels.candidates });
  blocks.push({ type: 'actions', purpose: 'candidates', label: labels.candidates, topics: result.candidates });
  return { ...common(result, audience, 'clarify', labels.candidates), blocks };
}

function unknownReply(result: UnknownResult, audience: Audience): Reply {
  const labels = resultLabels(result.lang);
  const title = result.reason === 'empty' ? labels.empty : labels.unknown;
  const blocks = leadBlocks(result.text, result.nearest.length > 0);
  if (result.nearest.length > 0) blocks.push({ type: 'actions', purpose: 'nearest', label: labels.nearest, topics: result.nearest });
  return { ...common(result, audience, 'unknown', title), blocks, rateable: result.reason !== 'empty' };
}

function refuseReply(result: RefuseResult, audience: Audience): Reply {
  return { ...common(result, audience, 'refuse', resultLabels(result.lang).refuse), blocks: textBlocks(result.text), rateable: false };
}

function common(result: AdvisorResult, audience: Audience, tone: Reply['tone'], title: string): Reply {
  return {
    tone,
    title,
    blocks: [],
    summary: oneLine(result.text, SUMMARY_CHARS),
    knowledgeVersion: result.knowledgeVersion,
    audience,
    lang: result.lang,
    rateable: true,
  };
}

/** Any advisor result as the one reply every surface lays out. */
export function replyFromResult(result: AdvisorResult, audience: Audience): Reply {
  switch (result.kind) {
    case 'answer':
      return answerReply(result, audience);
    case 'clarify':
      return clarifyReply(result, audience);
    case 'unknown':
      return unknownReply(result, audience);
    case 'refuse':
      return refuseReply(result, audience);
  }
}
