import type { Condition, EligibilityFile, EligibilityQuestionRule, EligibilityRule } from './eligibility-schema.js';

/** Answers so far: question id → choice id. */
export type EligibilityFacts = Readonly<Record<string, string>>;

/** What the rules say to do next for some answers. */
export type NextEligibility =
  | { kind: 'rule'; rule: EligibilityRule; index: number }
  | { kind: 'question'; question: EligibilityQuestionRule }
  | { kind: 'dead-end' };

/** True when every answer the condition names is known and is one of the allowed choices. */
export function meetsCondition(condition: Condition, facts: EligibilityFacts): boolean {
  return Object.entries(condition).every(([question, allowed]) => {
    const answer = Object.hasOwn(facts, question) ? facts[question] : undefined;
    return answer !== undefined && allowed.includes(answer);
  });
}

/** The first rule the answers meet, else the first unanswered question that applies, else a dead end. */
export function nextEligibility(file: EligibilityFile, facts: EligibilityFacts): NextEligibility {
  const index = file.rules.findIndex((rule) => meetsCondition(rule.when, facts));
  const rule = file.rules[index];
  if (rule) return { kind: 'rule', rule, index };
  const question = file.questions.find((q) => !Object.hasOwn(facts, q.id) && (!q.when || meetsCondition(q.when, facts)));
  return question ? { kind: 'question', question } : { kind: 'dead-end' };
}

/** Checks answers that came from outside (a button value, a modal's metadata); returns them or why not. */
export function readFacts(file: EligibilityFile, raw: unknown): { facts: EligibilityFacts } | { error: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { error: 'the answers must be an object' };
  const facts: Record<string, string> = {};
  for (const [questionId, choiceId] of Object.entries(raw)) {
    const question = file.questions.find((q) => q.id === questionId);
    if (!question) return { error: `there is no question "${questionId}"` };
    if (typeof choiceId !== 'string' || !question.choices.some((c) => c.id === choiceId)) {
      return { error: `"${String(choiceId)}" is not a choice of question "${questionId}"` };
    }
    facts[questionId] = choiceId;
  }
  for (const question of file.questions) {
    if (Object.hasOwn(facts, question.id) && question.when && !meetsCondition(question.when, facts)) {
      return { error: `question "${question.id}" does not apply to the other answers` };
    }
  }
  return { facts };
}

/** Every way through the questions, with where it ends: used to prove at load time that each one reaches a verdict. */
export function eligibilityPaths(file: EligibilityFile): { facts: EligibilityFacts; end: NextEligibility }[] {
  const paths: { facts: EligibilityFacts; end: NextEligibility }[] = [];
  const walk = (facts: EligibilityFacts, depth: number) => {
    const next = nextEligibility(file, facts);
    if (next.kind !== 'question' || depth > file.questions.length) {
      paths.push({ facts, end: next });
      return;
    }
    for (const choice of next.question.choices) walk({ ...facts, [next.question.id]: choice.id }, depth + 1);
  };
  walk({}, 0);
  return paths;
}

/** Answers written as `question=choice, …`, for error messages and test names. */
export function describeFacts(facts: EligibilityFacts): string {
  const entries = Object.entries(facts);
  return entries.length === 0 ? '(no answers)' : entries.map(([q, c]) => `${q}=${c}`).join(', ');
}
