import type { Knowledge } from '../knowledge.js';
import type { Citation } from '../engine/types.js';
import { citeClauses } from './cite-clauses.js';
import type { EligibilityFile, EligibilityVerdictKind } from './eligibility-schema.js';
import { describeFacts, nextEligibility, readFacts, type EligibilityFacts } from './eligibility-rules.js';
import { requireFeature } from './feature-unavailable-error.js';

/** Where a person is in the check: the answers so far. Plain JSON, so chat surfaces can carry it. */
export interface EligibilityState {
  answers: Record<string, string>;
}

/** The next question, with its fixed choices and the state to send back with the chosen id. */
export interface EligibilityQuestion {
  kind: 'question';
  id: string;
  prompt: string;
  choices: { id: string; label: string }[];
  /** The check's introduction: what it can and cannot tell. */
  intro: string;
  state: EligibilityState;
}

/** The end of the check: what the guidance's conditions mean for these answers, and the clauses used. */
export interface EligibilityVerdict {
  kind: 'verdict';
  verdict: EligibilityVerdictKind;
  text: string;
  dependsOn?: string;
  citations: Citation[];
  state: EligibilityState;
}

/** The state or choice sent back was not valid (stale or tampered): say why and start again. */
export interface EligibilityInvalid {
  kind: 'invalid';
  message: string;
  restart: EligibilityQuestion;
}

/** Any step of the eligibility check. */
export type EligibilityStep = EligibilityQuestion | EligibilityVerdict | EligibilityInvalid;

/** The first question of the eligibility check. Throws FeatureUnavailableError if eligibility.yaml is absent. */
export function startEligibility(knowledge: Knowledge): EligibilityQuestion {
  const file = requireFeature(knowledge, 'eligibility');
  return stepFor(knowledge, file, {}) as EligibilityQuestion;
}

/** Records one answer and returns the next question or the verdict; bad input gives an `invalid` step, never a throw. */
export function answerEligibility(knowledge: Knowledge, state: unknown, choiceId: string): EligibilityStep {
  const file = requireFeature(knowledge, 'eligibility');
  const answers = typeof state === 'object' && state !== null ? (state as { answers?: unknown }).answers : undefined;
  const read = readFacts(file, answers);
  if ('error' in read) return invalid(knowledge, file, `The check's saved answers are not valid (${read.error}).`);
  const next = nextEligibility(file, read.facts);
  if (next.kind !== 'question') return invalid(knowledge, file, 'This check has already finished.');
  const choice = next.question.choices.find((c) => c.id === choiceId);
  if (!choice) return invalid(knowledge, file, `"${String(choiceId).slice(0, 40)}" is not an answer to "${next.question.prompt}"`);
  return stepFor(knowledge, file, { ...read.facts, [next.question.id]: choice.id });
}

/** Starts from facts already known (e.g. from a command's options) and asks only the missing ones. */
export function eligibilityFromFacts(knowledge: Knowledge, facts: Record<string, string>): EligibilityStep {
  const file = requireFeature(knowledge, 'eligibility');
  const read = readFacts(file, facts);
  if ('error' in read) return invalid(knowledge, file, `These facts cannot be used: ${read.error}.`);
  return stepFor(knowledge, file, read.facts);
}

function stepFor(knowledge: Knowledge, file: EligibilityFile, facts: EligibilityFacts): EligibilityQuestion | EligibilityVerdict {
  const state: EligibilityState = { answers: { ...facts } };
  const next = nextEligibility(file, facts);
  if (next.kind === 'question') {
    const { id, prompt, choices } = next.question;
    return { kind: 'question', id, prompt, choices: choices.map((c) => ({ ...c })), intro: file.intro, state };
  }
  // Unreachable for valid knowledge: the loader walks every answer path and refuses files where one has no verdict.
  if (next.kind === 'dead-end') throw new Error(`eligibility.yaml gives no verdict for ${describeFacts(facts)}`);
  const { rule } = next;
  return {
    kind: 'verdict',
    verdict: rule.verdict,
    text: rule.text,
    ...(rule.dependsOn ? { dependsOn: rule.dependsOn } : {}),
    citations: citeClauses(knowledge, rule.citations),
    state,
  };
}

function invalid(knowledge: Knowledge, file: EligibilityFile, message: string): EligibilityInvalid {
  return { kind: 'invalid', message, restart: stepFor(knowledge, file, {}) as EligibilityQuestion };
}
