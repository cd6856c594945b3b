import type { Audience, Category, FeatureIntent, Lang } from '@cobridge/policy-knowledge';
import { CHINESE } from './interface-strings-zh.js';
import { TOOL_DESCRIPTIONS, type ToolKind } from './tool-wording.js';
import {
  APOLOGY,
  ASSISTANT_WORDING,
  CATEGORY_LABELS,
  EXAMPLE_QUESTIONS,
  FEATURE_OFF,
  HELP_WORDING,
  limitedText,
  OFFER_LABELS,
  resultLabels,
  topicCount,
  wordingFor,
  type ExampleQuestion,
} from './wording.js';

/**
 * Everything a surface says around an answer (help, buttons, notices, tool descriptions) in one language. Answers
 * follow the language of the question; these follow the person's interface language (Discord's interaction locale,
 * the Slack user's locale, the console's question).
 */
export interface InterfaceStrings {
  lang: Lang;
  apology: string;
  featureOff: string;
  limited: (retryAfterSeconds: number) => string;
  /** A command or button the bot does not know (a stale registration, an old message). */
  unknownCommand: string;
  unknownAction: string;
  /** Discord's /topic when no topic has the typed name. */
  unknownTopic: string;
  voteRecorded: (emoji: string) => string;
  voteFailed: string;
  /** Slack's note in place of the 👍/👎 buttons once a vote is recorded. */
  feedbackRecorded: string;
  labels: ReturnType<typeof resultLabels>;
  categories: Record<Audience, Record<Category, string>>;
  topicCount: (count: number) => string;
  offers: Record<FeatureIntent['feature'], string>;
  /** The timeline offer when the question gave a start date. */
  offerFrom: (label: string, date: string) => string;
  wordingFor: (audience: Audience) => string;
  tools: Record<ToolKind, string>;
  /** The buttons that open each tool (Slack's Home tab). */
  toolLabels: Record<ToolKind, string>;
  /** Slack's Home tab: its header and how to ask. */
  home: { title: string; intro: string };
  /** Slack's assistant panel: greeting, the suggested prompts' title, the status while answering. */
  assistant: { greeting: string; promptsTitle: string; status: string };
  examples: Record<Audience, readonly ExampleQuestion[]>;
  help: {
    intro: string;
    covers: string;
    tryAsking: string;
    tools: string;
    nothingCovered: string;
    knowledgeVersion: (version: string) => string;
    /** Discord's /help: title, the audience note, the commands heading and the "no command needed" line. */
    discordTitle: string;
    audienceNote: string;
    commands: string;
    askCommand: string;
    topicCommand: string;
    modesCommand: string;
    yourSideFirst: string;
    pickNeeds: string;
    glossaryExamples: string;
    withoutCommand: string;
    /** Slack's help: header, notification text and the ways to ask besides the command. */
    slackTitle: string;
    slackText: string;
    slackWays: readonly string[];
  };
  /** Slack's buttons and lines around an answer. */
  shareInChannel: string;
  showSource: string;
  youAsked: string;
}

const ENGLISH: InterfaceStrings = {
  lang: 'en',
  apology: APOLOGY,
  featureOff: FEATURE_OFF,
  limited: limitedText,
  unknownCommand: "Sorry, I don't know that command. Try `/help`.",
  unknownAction: "Sorry, I don't know that topic or action any more. Try `/help` to see what I cover.",
  unknownTopic: "Sorry, I don't know a topic by that name. Pick one from the list while typing, or try `/help`.",
  voteRecorded: (emoji) => `Thanks, your ${emoji} is recorded. It helps us improve the answers.`,
  voteFailed: 'Sorry, I could not record that vote.',
  feedbackRecorded: 'Thanks, your feedback was recorded.',
  labels: resultLabels('en'),
  categories: CATEGORY_LABELS,
  topicCount,
  offers: OFFER_LABELS,
  offerFrom: (label, date) => `${label} from ${date}`,
  wordingFor,
  tools: TOOL_DESCRIPTIONS,
  toolLabels: {
    check: 'Check my eligibility',
    timeline: 'Leave timeline',
    modes: 'Find cooperation modes',
    obligations: 'Obligations checklist',
    glossary: 'Glossary',
  },
  assistant: ASSISTANT_WORDING,
  home: {
    title: 'Cobridge: school-enterprise cooperation policy',
    intro:
      'Ask me in any channel (mention me), in a direct message, or with `/cobridge &lt;question&gt;`. ' +
      'Or pick a topic below to read its answer and the clause it comes from.',
  },
  examples: EXAMPLE_QUESTIONS,
  help: {
    ...HELP_WORDING,
    discordTitle: 'Cobridge: policy guidance for school-enterprise cooperation',
    audienceNote: 'Answers are worded for enterprises unless you pick the teacher audience.',
    commands: 'Commands',
    askCommand: 'ask in your own words (`audience:` teacher or enterprise)',
    topicCommand: 'browse a topic by name',
    modesCommand: 'the cooperation modes',
    yourSideFirst: ', your side first',
    pickNeeds: 'pick your needs: ',
    glossaryExamples: ' (bianzhi, keep my job, …)',
    withoutCommand: 'Mention me or send me a DM to ask without a command.',
    slackTitle: 'Cobridge: policy answers for teachers',
    slackText: 'Cobridge answers questions about the school-enterprise cooperation guidance for teachers.',
    slackWays: ['Mention me in a channel and I answer in a thread', 'Send me a direct message', 'Browse every topic on my *Home* tab'],
  },
  shareInChannel: 'Share in channel',
  showSource: 'Show source',
  youAsked: 'You asked:',
};

/** The interface strings of a language. */
export function interfaceStrings(lang: Lang): InterfaceStrings {
  return lang === 'zh' ? CHINESE : ENGLISH;
}

/** The interface language of a platform locale ("zh-CN", "zh-TW", "zh_HK" → zh); `fallback` when none is known. */
export function interfaceLang(locale: string | undefined, fallback: Lang = 'en'): Lang {
  if (locale === undefined || locale === '') return fallback;
  return /^zh(?:[-_]|$)/iu.test(locale) ? 'zh' : 'en';
}
