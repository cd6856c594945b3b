import type { Knowledge } from '../knowledge.js';
import type { Citation, Lang } from '../engine/types.js';
import { citeClauses } from './cite-clauses.js';
import type { EligibilityFile, EligibilityVerdictKind } from './eligibility-schema.js';
import { describeFacts, nextEligibility, readFacts, type EligibilityFacts } from './eligibility-rules.js';
import { requireFeature } from './feature-unavailable-error.js';
import { inLang } from './in-lang.js';

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

/** Why a step is `invalid`, in each language; the English names the fault, the Chinese says the check restarts. */
const INVALID = {
  en: {
    saved: (error: string) => `The check's saved answers are not valid (${error}).`,
    finished: 'This check has already finished.',
    notAnAnswer: (choice: string, prompt: string) => `"${choice}" is not an answer to "${prompt}"`,
    facts: (error: string) => `These facts cannot be used: ${error}.`,
  },
  zh: {
    saved: () => '这次检查保存的答案无效，检查将重新开始。',
    finished: '这次检查已经结束。',
    notAnAnswer: (choice: string, prompt: string) => `“${choice}”不是“${prompt}”的答案。`,
    facts: () => '这些信息无法使用，检查将重新开始。',
  },
} satisfies Record<Lang, unknown>;

/** The first question of the eligibility check, in `lang`. Throws FeatureUnavailableError if eligibility.yaml is absent. */
export function startEligibility(knowledge: Knowledge, lang: Lang = 'en'): EligibilityQuestion {
  const file = requireFeature(knowledge, 'eligibility');
  return stepFor(knowledge, file, {}, lang) as EligibilityQuestion;
}

/** Records one answer and returns the next question or the verdict; bad input gives an `invalid` step, never a throw. */
export function answerEligibility(knowledge: Knowledge, state: unknown, choiceId: string, lang: Lang = 'en'): EligibilityStep {
  const file = requireFeature(knowledge, 'eligibility');
  const answers = typeof state === 'object' && state !== null ? (state as { answers?: unknown }).answers : undefined;
  const read = readFacts(file, answers);
  const says = INVALID[lang];
  if ('error' in read) return invalid(knowledge, file, says.saved(read.error), lang);
  const next = nextEligibility(file, read.facts);
  if (next.kind !== 'question') return invalid(knowledge, file, says.finished, lang);
  const choice = next.question.choices.find((c) => c.id === choiceId);
  const prompt = inLang(lang, next.question.prompt, next.question.zh.prompt);
  if (!choice) return invalid(knowledge, file, says.notAnAnswer(String(choiceId).slice(0, 40), prompt), lang);
  return stepFor(knowledge, file, { ...read.facts, [next.question.id]: choice.id }, lang);
}

/** Starts from facts already known (e.g. from a command's options) and asks only the missing ones, in `lang`. */
export function eligibilityFromFacts(knowledge: Knowledge, facts: Record<string, string>, lang: Lang = 'en'): EligibilityStep {
  const file = requireFeature(knowledge, 'eligibility');
  const read = readFacts(file, facts);
  if ('error' in read) return invalid(knowledge, file, INVALID[lang].facts(read.error), lang);
  return stepFor(knowledge, file, read.facts, lang);
}

function stepFor(
  knowledge: Knowledge,
  file: EligibilityFile,
  facts: EligibilityFacts,
  lang: Lang,
): EligibilityQuestion | EligibilityVerdict {
  const state: EligibilityState = { answers: { ...facts } };
  const next = nextEligibility(file, facts);
  if (next.kind === 'question') {
    const { id, prompt, choices, zh } = next.question;
    return {
      kind: 'question',
      id,
      prompt: inLang(lang, prompt, zh.prompt),
      choices: choices.map((c) => ({ id: c.id, label: inLang(lang, c.label, c.zh.label) })),
      intro: inLang(lang, file.intro, file.zh.intro),
      state,
    };
  }
  // Unreachable for valid knowledge: the loader walks every answer path and refuses files where one has no verdict.
  if (next.kind === 'dead-end') throw new Error(`eligibility.yaml gives no verdict for ${describeFacts(facts)}`);
  const { rule } = next;
  const dependsOn = inLang(lang, rule.dependsOn, rule.zh.dependsOn);
  return {
    kind: 'verdict',
    verdict: rule.verdict,
    text: inLang(lang, rule.text, rule.zh.text),
    ...(dependsOn ? { dependsOn } : {}),
    citations: citeClauses(knowledge, rule.citations, lang),
    state,
  };
}

function invalid(knowledge: Knowledge, file: EligibilityFile, message: string, lang: Lang): EligibilityInvalid {
  return { kind: 'invalid', message, restart: stepFor(knowledge, file, {}, lang) as EligibilityQuestion };
}
