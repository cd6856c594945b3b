import type { Knowledge } from '../knowledge.js';
import { hasHan } from '../understand/chinese-language.js';
import { wordPattern } from '../understand/word-pattern.js';
import { lookupTerm } from './glossary.js';
import { matchNeeds } from './mode-finder.js';
import { matchSituation } from './obligations.js';
import { foldText } from './phrase-matcher.js';
import {
  chineseDate,
  ZH_ASK_WAY,
  ZH_CHECK,
  ZH_DEADLINE,
  ZH_DUTIES,
  ZH_LEAVE,
  ZH_MEANING,
  ZH_WANT,
  ZH_WHAT_IS,
} from './feature-intent-zh.js';

/** A feature worth offering for a free-text message, with what the message already gives it. */
export type FeatureIntent =
  | { feature: 'eligibility' }
  | { feature: 'timeline'; date?: string }
  | { feature: 'mode-finder'; needs: string[] }
  | { feature: 'obligations'; situation: string }
  | { feature: 'glossary'; term: string };

/** The feature names, for menus and commands. */
export type FeatureName = FeatureIntent['feature'];

// Conservative on purpose: a missed offer costs little (the Q&A answer still comes), a wrong one derails the chat.
const DATE = /(?<![\d/.-])(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})(?![\d/.-])/;
const LEAVE = /\b(leave|off[- ]post|come back|return|go back|three[- ]years?|3[- ]years?)\b/;
const WHEN_MUST_I_RETURN = String.raw`\bwhen (?:must|do|should|can|will) i (?:have to |need to )?(?:come back|return|go back)\b`;
const WHEN_DOES_LEAVE_END = String.raw`\bwhen (?:does|will) my (?:leave|three years|retention) (?:end|run out|expire)\b`;
const DEADLINE = new RegExp([WHEN_MUST_I_RETURN, WHEN_DOES_LEAVE_END, String.raw`\b(?:leave )?timeline\b`].join('|'));
// The term asked about is the first group that matched: "what does X mean", "definition of X", "what is X".
const WHAT_DOES_X_MEAN = String.raw`\bwhat (?:does|do) (.+?) (?:mean|stand for)\b`;
const DEFINITION_OF_X = String.raw`\b(?:meaning of|definition of|define) (.+)$`;
const WHAT_IS_X = String.raw`^\s*what(?: is|'s| are) (?:a |an |the )?(.+?)\s*\??\s*$`;
const DEFINE = new RegExp([WHAT_DOES_X_MEAN, DEFINITION_OF_X, WHAT_IS_X].join('|'));
const WHO_MUST = [
  'who (?:must|should|has to|needs to|pays|signs)',
  'what (?:must|should|do) (?:we|i|the school|the enterprise) (?:do|sign|pay)',
];
const DUTY_WORDS = ['obligations?', 'responsibilit(?:y|ies)', 'checklist', 'duties', 'paperwork'];
const DUTIES = wordPattern([...WHO_MUST, ...DUTY_WORDS], '');
const WANT = /\b(?:we|our (?:company|enterprise|firm|business))\b.*\b(?:need|want|looking for|look for|hope|would like|seek)/;
const ASK = /\b(?:can|could|may|am i allowed to|am i eligible|eligible|qualify|allowed to)\b/;
const FIRST_PERSON = /\b(?:i|me|my)\b/;
const WAYS_TO_WORK_OUTSIDE = [
  '(?:leave|quit) (?:my|the) (?:job|post|position)',
  '(?:start|set up|found|run) (?:a|an|my own|my) (?:company|business|startup|enterprise|firm)',
  'work part[- ]time',
  'part[- ]time (?:job|work)',
  'project cooperation',
];
const WAY = wordPattern(WAYS_TO_WORK_OUTSIDE, '');
const CHECK = /\beligibility check\b|\bam i eligible\b/;

/** The feature to offer for a message in English or Chinese, or undefined; only features whose data is loaded are offered. */
export function detectFeatureIntent(knowledge: Knowledge, text: string): FeatureIntent | undefined {
  const folded = foldText(text.slice(0, 1000)).replace(/\s+/g, ' ').trim();
  if (hasHan(folded)) return detectChinese(knowledge, folded);
  const { eligibility, obligations, glossary } = knowledge.features;
  if (obligations) {
    const date = DATE.exec(folded)?.[1];
    if (date !== undefined && LEAVE.test(folded)) return { feature: 'timeline', date };
    if (DEADLINE.test(folded)) return { feature: 'timeline' };
  }
  if (glossary) {
    const define = DEFINE.exec(folded);
    const asked = define?.slice(1).find((g) => g !== undefined);
    const match = asked ? lookupTerm(knowledge, asked) : undefined;
    // "what is X" only counts when X is the term itself, not a longer question that mentions it.
    if (match && (define?.[3] === undefined || foldText(match.matched) === asked)) return { feature: 'glossary', term: match.id };
  }
  const asked = dutiesOrNeeds(knowledge, folded, DUTIES, WANT);
  if (asked) return asked;
  if (eligibility && (CHECK.test(folded) || (ASK.test(folded) && FIRST_PERSON.test(folded) && WAY.test(folded)))) {
    return { feature: 'eligibility' };
  }
  return undefined;
}

/** The checklist of a situation the message names when it asks about duties, or the modes for the needs it wants. */
function dutiesOrNeeds(knowledge: Knowledge, folded: string, duties: RegExp, want: RegExp): FeatureIntent | undefined {
  const { obligations, modeFinder } = knowledge.features;
  const situation = obligations && duties.test(folded) ? matchSituation(knowledge, folded) : undefined;
  if (situation) return { feature: 'obligations', situation };
  const needs = modeFinder && want.test(folded) ? matchNeeds(knowledge, folded) : [];
  return needs.length > 0 ? { feature: 'mode-finder', needs } : undefined;
}

/** The same decisions for a message with Chinese in it, on the Chinese cues. */
function detectChinese(knowledge: Knowledge, folded: string): FeatureIntent | undefined {
  const { eligibility, obligations, glossary } = knowledge.features;
  if (obligations) {
    const date = chineseDate(folded) ?? DATE.exec(folded)?.[1];
    if (date !== undefined && ZH_LEAVE.test(folded)) return { feature: 'timeline', date };
    if (ZH_DEADLINE.test(folded)) return { feature: 'timeline' };
  }
  if (glossary) {
    const meaning = ZH_MEANING.exec(folded)?.[1];
    const whatIs = ZH_WHAT_IS.exec(folded)
      ?.slice(1)
      .find((g) => g !== undefined);
    const match = lookupTerm(knowledge, meaning ?? whatIs ?? '');
    if (match && (meaning !== undefined || foldText(match.matched) === whatIs)) return { feature: 'glossary', term: match.id };
  }
  const asked = dutiesOrNeeds(knowledge, folded, ZH_DUTIES, ZH_WANT);
  if (asked) return asked;
  return eligibility && (ZH_CHECK.test(folded) || ZH_ASK_WAY.test(folded)) ? { feature: 'eligibility' } : undefined;
}
