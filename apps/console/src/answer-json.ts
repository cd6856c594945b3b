import type { AdvisorResult } from '@cobridge/policy-knowledge';

/** The machine-readable answer contract of `pnpm ask --json`: one object per question. */
export interface AnswerJson {
  question: string;
  kind: AdvisorResult['kind'];
  outOfScope: boolean;
  intent: string | null;
  confidence: number;
  answer: string;
  citations: { section: string; clause: string; quote: string }[];
  alternatives: { intent: string; confidence: number }[];
  knowledgeVersion: string;
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** Converts an advisor result to the `ask --json` contract. */
export function toAnswerJson(question: string, result: AdvisorResult): AnswerJson {
  const top = result.kind === 'answer' ? { intent: result.topic.id, confidence: result.confidence } : result.kind === 'clarify' ? { intent: result.candidates[0]?.id ?? null, confidence: result.candidates[0]?.confidence ?? 0 } : { intent: null, confidence: result.alternatives[0]?.confidence ?? 0 };
  return {
    question,
    kind: result.kind,
    outOfScope: result.kind === 'unknown',
    intent: top.intent,
    confidence: round(top.confidence),
    answer: result.text,
    citations: result.kind === 'answer' ? result.citations : [],
    alternatives: result.alternatives.map((a) => ({ intent: a.intent, confidence: round(a.confidence) })),
    knowledgeVersion: result.knowledgeVersion,
  };
}
