import type { EligibilityVerdictKind, Lang, Party } from '@cobridge/policy-knowledge';
import { TOOL_WORDING_ZH } from './tool-wording-zh.js';
import { FEATURE_OFF, PARTY_LABELS } from './wording.js';

/** The eligibility check's words. */
export interface CheckWording {
  title: string;
  /** How each verdict is headed; "eligible" never claims more than the guidance's conditions. */
  verdicts: Record<EligibilityVerdictKind, string>;
  /** The heading of a "depends" verdict that names what it depends on. */
  dependsOnTitle: (dependsOn: string) => string;
  startAgain: string;
  yourAnswers: string;
}

/** The leave timeline's words. */
export interface TimelineWording {
  title: (start: string) => string;
  retainedUntil: (until: string) => string;
  before: (until: string, event: string) => string;
  silent: string;
  summary: (until: string) => string;
  askDate: string;
}

/** The mode finder's words. */
export interface ModesWording {
  title: string;
  serve: (needs: string) => string;
  noMode: string;
  noModeFor: (need: string) => string;
  readMode: string;
  pickNeeds: string;
  notMatched: (asked: string) => string;
}

/** The obligations checklist's words. */
export interface ObligationsWording {
  lead: string;
  leftOut: string;
  pickSituation: string;
  noItems: string;
  notMatched: (asked: string) => string;
  summary: (situation: string) => string;
}

/** The glossary's words. */
export interface GlossaryWording {
  title: string;
  intro: string;
  empty: string;
  alsoSaidAs: string;
  notFound: (asked: string) => string;
  pickTerm: string;
}

/** Every word a tool reply says around the knowledge's own texts, in one language. */
export interface ToolWording {
  check: CheckWording;
  timeline: TimelineWording;
  modes: ModesWording;
  obligations: ObligationsWording;
  glossary: GlossaryWording;
  /** How each party is headed in an obligations checklist. */
  parties: Record<Party, string>;
  /** Said when the knowledge folder lacks a tool's data file. */
  featureOff: string;
  /** What joins the names of a list inside a sentence ("a, b" / "甲、乙"). */
  listSeparator: string;
  /** What follows a label before its text ("Also said as: …" / "又称：…"). */
  colon: string;
}

/** The eligibility check's words on every surface. */
export const CHECK_WORDING: CheckWording = {
  title: 'Eligibility check',
  verdicts: {
    eligible: 'Eligible under the guidance’s conditions',
    'not-eligible': 'Not eligible under the guidance',
    depends: 'It depends',
  },
  dependsOnTitle: (dependsOn) => `It depends on ${dependsOn}`,
  startAgain: 'Start the check again',
  yourAnswers: 'Your answers',
};

/** The leave timeline's words on every surface. */
export const TIMELINE_WORDING: TimelineWording = {
  title: (start) => `Leave timeline from ${start}`,
  retainedUntil: (until) => `Retained up to ${until}`,
  before: (until, event) => `Before ${until}: ${event}`,
  silent: 'Where the guidance is silent',
  summary: (until) => `Your personnel relationship can be retained up to ${until}.`,
  askDate: 'When does (or did) your leave start?',
};

/** The mode finder's words on every surface. */
export const MODES_WORDING: ModesWording = {
  title: 'Cooperation modes for your needs',
  serve: (needs) => `The modes that serve ${needs}, those serving more of your needs first.`,
  noMode: 'None of the needs you picked is linked to a cooperation mode in the guidance.',
  noModeFor: (need) => `${need}: no particular mode`,
  readMode: 'Read about a mode',
  pickNeeds: 'What does your enterprise want from cooperating with a school? Pick one or more needs.',
  notMatched: (asked) => `I could not tell which needs "${asked}" means.`,
};

/** The obligations checklist's words on every surface. */
export const OBLIGATIONS_WORDING: ObligationsWording = {
  lead: 'Who must do or sign what, by the guidance, each with the clause that says so.',
  leftOut: 'What the guidance leaves out',
  pickSituation: 'Which situation is yours?',
  noItems: 'The guidance lists no obligations for this situation.',
  notMatched: (asked) => `I could not match "${asked}" to a situation the guidance covers.`,
  summary: (situation) => `Checklist: ${situation}`,
};

/** The glossary's words on every surface. */
export const GLOSSARY_WORDING: GlossaryWording = {
  title: 'Glossary: everyday words and the guidance’s terms',
  intro: 'The guidance’s terms and the everyday or pinyin words people use for them.',
  empty: 'The glossary is empty.',
  alsoSaidAs: 'Also said as',
  notFound: (asked) => `"${asked}" is not in the glossary.`,
  pickTerm: 'Open a term',
};

const TOOL_WORDING_EN: ToolWording = {
  check: CHECK_WORDING,
  timeline: TIMELINE_WORDING,
  modes: MODES_WORDING,
  obligations: OBLIGATIONS_WORDING,
  glossary: GLOSSARY_WORDING,
  parties: PARTY_LABELS,
  featureOff: FEATURE_OFF,
  listSeparator: ', ',
  colon: ': ',
};

/** The tools' words in a language. */
export function toolWording(lang: Lang): ToolWording {
  return lang === 'zh' ? TOOL_WORDING_ZH : TOOL_WORDING_EN;
}

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
