import type { AdvisorResult, AnswerPart, Lang, Verdict } from '@cobridge/policy-knowledge/serve';

/** The machine-readable answer contract of `pnpm ask --json`: one object per question. */
export interface AnswerJson {
  question: string;
  kind: AdvisorResult['kind'];
  outOfScope: boolean;
  intent: string | null;
  confidence: number;
  /** For a yes/no question: yes, no, partly, or not-stated (also for any figure or date the guidance does not give). */
  verdict: Verdict | null;
  answer: string;
  citations: { section: string; clause: string; quote: string }[];
  /** Each question's own answer when the message held several; the top-level `answer` then holds them all. */
  parts: Pick<AnswerPart, 'question' | 'intent' | 'verdict' | 'citations'>[] & { answer: string }[];
  /** The questions of a message beyond the three answered, which `answer` asks to be sent again. */
  unanswered: string[];
  alternatives: { intent: string; confidence: number }[];
  knowledgeVersion: string;
  lang: Lang;
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** Converts an advisor result to the `ask --json` contract. */
export function toAnswerJson(question: string, result: AdvisorResult): AnswerJson {
  const top =
    result.kind === 'answer'
      ? { intent: result.topic.id, confidence: result.confidence }
      : result.kind === 'clarify'
        ? { intent: result.candidates[0]?.id ?? null, confidence: result.candidates[0]?.confidence ?? 0 }
        : { intent: null, confidence: result.alternatives[0]?.confidence ?? 0 };
  const answer = result.kind === 'answer' ? result : undefined;
  return {
    question,
    kind: result.kind,
    outOfScope: result.kind === 'unknown',
    intent: top.intent,
    confidence: round(top.confidence),
    verdict: answer?.verdict ?? null,
    answer: result.text,
    citations: answer?.citations ?? [],
    parts: (answer?.parts ?? []).map((p) => ({
      question: p.question,
      intent: p.intent,
      verdict: p.verdict,
      answer: p.text,
      citations: p.citations,
    })),
    unanswered: answer?.unanswered ?? [],
    alternatives: result.alternatives.map((a) => ({ intent: a.intent, confidence: round(a.confidence) })),
    knowledgeVersion: result.knowledgeVersion,
    lang: result.lang,
  };
}
