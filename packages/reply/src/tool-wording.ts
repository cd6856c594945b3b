import type { EligibilityVerdictKind } from '@cobridge/policy-knowledge';

/** The eligibility check's words on every surface. */
export const CHECK_WORDING = {
  title: 'Eligibility check',
  /** How each verdict is headed; "eligible" never claims more than the guidance's conditions. */
  verdicts: {
    eligible: 'Eligible under the guidance’s conditions',
    'not-eligible': 'Not eligible under the guidance',
    depends: 'It depends',
  } satisfies Record<EligibilityVerdictKind, string>,
  dependsOn: 'Depends on',
  startAgain: 'Start the check again',
  yourAnswers: 'Your answers',
} as const;

/** The leave timeline's words on every surface. */
export const TIMELINE_WORDING = {
  title: (start: string) => `Leave timeline from ${start}`,
  retainedUntil: (until: string) => `Retained up to ${until}`,
  before: (until: string, event: string) => `Before ${until}: ${event}`,
  silent: 'Where the guidance is silent',
  summary: (until: string) => `Your personnel relationship can be retained up to ${until}.`,
  askDate: 'When does (or did) your leave start?',
} as const;

/** The mode finder's words on every surface. */
export const MODES_WORDING = {
  title: 'Cooperation modes for your needs',
  serve: (needs: string) => `The modes that serve ${needs}, those serving more of your needs first.`,
  noMode: 'None of the needs you picked is linked to a cooperation mode in the guidance.',
  noModeFor: (need: string) => `${need}: no particular mode`,
  readMode: 'Read about a mode',
  pickNeeds: 'What does your enterprise want from cooperating with a school? Pick one or more needs.',
  notMatched: (asked: string) => `I could not tell which needs "${asked}" means.`,
} as const;

/** The obligations checklist's words on every surface. */
export const OBLIGATIONS_WORDING = {
  lead: 'Who must do or sign what, by the guidance, each with the clause that says so.',
  leftOut: 'What the guidance leaves out',
  pickSituation: 'Which situation is yours?',
  noItems: 'The guidance lists no obligations for this situation.',
  notMatched: (asked: string) => `I could not match "${asked}" to a situation the guidance covers.`,
  summary: (situation: string) => `Checklist: ${situation}`,
} as const;

/** The glossary's words on every surface. */
export const GLOSSARY_WORDING = {
  title: 'Glossary: everyday words and the guidance’s terms',
  intro: 'The guidance’s terms and the everyday or pinyin words people use for them.',
  empty: 'The glossary is empty.',
  alsoSaidAs: 'Also said as',
  notFound: (asked: string) => `"${asked}" is not in the glossary.`,
  pickTerm: 'Open a term',
} as const;

/** The tools beyond questions and answers. */
export type ToolKind = 'check' | 'timeline' | 'modes' | 'obligations' | 'glossary';

/** What each tool does, in a few words, for every surface's help (each surface adds how to call it there). */
export const TOOL_DESCRIPTIONS: Record<ToolKind, string> = {
  check: 'whether the guidance lets you take part, one question at a time',
  timeline: 'from a leave start date, when the three-year retention ends and what can happen before',
  modes: 'the cooperation modes that serve an enterprise’s needs',
  obligations: 'who must do or sign what in a situation',
  glossary: 'everyday and pinyin words mapped to the guidance’s terms',
};
