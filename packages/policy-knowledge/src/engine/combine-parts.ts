import type { AdvisorResult, AnswerPart, AnswerResult } from './types.js';

/** One result for a message that held several questions: each part answered, the first answer carrying the rest. */
export function combineParts(question: string, results: readonly AdvisorResult[]): AdvisorResult {
  const parts: AnswerPart[] = results.map((r) => ({
    question: r.question,
    kind: r.kind === 'refuse' ? 'unknown' : r.kind,
    intent: r.kind === 'answer' ? r.topic.id : null,
    verdict: r.kind === 'answer' ? r.verdict : null,
    text: r.text,
    citations: r.kind === 'answer' ? r.citations : [],
  }));
  const lead = results.find((r): r is AnswerResult => r.kind === 'answer');
  if (!lead) return { ...results[0]!, question };
  const text = parts.map((p) => `${p.question}\n${p.text}`).join('\n\n');
  const citations = [...new Map(parts.flatMap((p) => p.citations).map((c) => [c.clause, c])).values()];
  return { ...lead, question, text, citations, parts };
}
