import type { EligibilityFile, EligibilityState } from '@cobridge/policy-knowledge';

/** Marks a question not answered yet in an encoded state. */
const UNANSWERED = '.';

/**
 * Encodes the check's answers for a custom id: one character per question of eligibility.yaml, in the file's
 * order, the chosen choice's index or `.` when unanswered (`1..0.`). At most 10 choices per question keeps it to
 * one digit; the schema allows no more.
 */
export function encodeCheckState(file: EligibilityFile, state: EligibilityState): string {
  return file.questions
    .map((question) => {
      const answer = state.answers[question.id];
      const index = question.choices.findIndex((choice) => choice.id === answer);
      return index >= 0 ? String(index) : UNANSWERED;
    })
    .join('');
}

/** Decodes {@link encodeCheckState}; undefined when the code no longer fits the questions (the knowledge changed). */
export function decodeCheckState(file: EligibilityFile, code: string): EligibilityState | undefined {
  if (code.length !== file.questions.length) return undefined;
  const answers: Record<string, string> = {};
  for (const [position, question] of file.questions.entries()) {
    const char = code[position];
    if (char === UNANSWERED) continue;
    const choice = question.choices[Number(char)];
    if (!choice) return undefined;
    answers[question.id] = choice.id;
  }
  return { answers };
}
