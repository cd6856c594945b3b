import type { Verdict } from '../schema/fact.js';
import { leftForLater, partHeading, withoutRepeatedPassage } from './combine-parts.js';
import { VERDICT_LEADS } from './compose-facts.js';
import { ZH_VERDICT_LEADS } from './localize-chinese.js';
import type { AnswerResult } from './types.js';

/** One block of an answer as every surface lays it out: the question it answers, the verdict line, the body. */
export interface AnswerSection {
  /** The question this block answers, when the message held several. */
  heading?: string;
  /** The verdict line ("Yes.", "Partly.", "是。", "指导意见未说明。"), when the question was a yes/no one. */
  verdict?: string;
  body: string;
}

/** An answer split into its blocks: one per question of the message, each with its verdict line apart from the body. */
export function answerSections(result: AnswerResult): AnswerSection[] {
  if (result.parts && result.parts.length > 1) {
    const texts = result.parts.map((part) => part.text);
    const sections: AnswerSection[] = result.parts.map((part, i) => ({
      heading: partHeading(part.question),
      ...splitLead(withoutRepeatedPassage(part.text, texts.slice(0, i)), part.verdict, result.lang),
    }));
    return result.unanswered?.length ? [...sections, { body: leftForLater(result.unanswered) }] : sections;
  }
  return [splitLead(result.text, result.verdict, result.lang)];
}

function splitLead(text: string, verdict: Verdict | null, lang: AnswerResult['lang']): Omit<AnswerSection, 'heading'> {
  const lead = verdict ? (lang === 'zh' ? ZH_VERDICT_LEADS : VERDICT_LEADS)[verdict] : undefined;
  if (!lead || !text.startsWith(lead)) return { body: text };
  return { verdict: lead, body: text.slice(lead.length).trim() };
}
