import type {
  EligibilityFile,
  EligibilityQuestion,
  EligibilityState,
  EligibilityStep,
  EligibilityVerdict,
  Lang,
} from '@cobridge/policy-knowledge';
import { citationBlocks } from './reply-from-result.js';
import type { Reply, ReplyBlock } from './reply.js';
import { toolWording } from './tool-wording.js';

/** The verdict's headline in `lang`: eligible, not eligible, or what it depends on. */
export function verdictTitle(verdict: EligibilityVerdict, lang: Lang): string {
  const words = toolWording(lang).check;
  if (verdict.verdict !== 'depends') return words.verdicts[verdict.verdict];
  return verdict.dependsOn === undefined ? words.verdicts.depends : words.dependsOnTitle(verdict.dependsOn);
}

/** The answers given so far as one named item ("- question answer" lines, in the questions' order), or none. */
function answersGiven(file: EligibilityFile, state: EligibilityState, lang: Lang): ReplyBlock[] {
  const lines = file.questions.flatMap((question) => {
    const choice = question.choices.find((c) => c.id === state.answers[question.id]);
    if (choice === undefined) return [];
    return [lang === 'zh' ? `- ${question.zh.prompt}${choice.zh.label}` : `- ${question.prompt} ${choice.label}`];
  });
  const name = toolWording(lang).check.yourAnswers;
  return lines.length === 0 ? [] : [{ type: 'fields', items: [{ name, text: lines.join('\n'), citations: [] }] }];
}

function questionReply(question: EligibilityQuestion, file: EligibilityFile, lang: Lang, notice?: string): Reply {
  const blocks: ReplyBlock[] = notice === undefined ? [] : [{ type: 'paragraph', text: notice }];
  if (Object.keys(question.state.answers).length === 0) blocks.push({ type: 'paragraph', text: question.intro });
  const options = question.choices.map((choice) => ({ id: choice.id, label: choice.label }));
  blocks.push({ type: 'picker', pick: 'answer', label: question.prompt, options }, ...answersGiven(file, question.state, lang));
  const title = toolWording(lang).check.title;
  return { tone: 'clarify', title, blocks, summary: notice ?? question.prompt, lang, rateable: false };
}

function verdictReply(verdict: EligibilityVerdict, file: EligibilityFile, lang: Lang): Reply {
  const title = verdictTitle(verdict, lang);
  const blocks: ReplyBlock[] = [
    { type: 'paragraph', text: verdict.text },
    ...answersGiven(file, verdict.state, lang),
    ...citationBlocks(verdict.citations),
  ];
  return { tone: 'answer', title, blocks, summary: `${title}${toolWording(lang).colon}${verdict.text}`, lang, rateable: false };
}

/**
 * One step of the eligibility check as a reply, in `lang` (the language the step was made in): a question with its
 * choices to pick, or the verdict with its clauses.
 */
export function replyFromCheck(step: EligibilityStep, file: EligibilityFile, lang: Lang): Reply {
  if (step.kind === 'question') return questionReply(step, file, lang);
  if (step.kind === 'verdict') return verdictReply(step, file, lang);
  return questionReply(step.restart, file, lang, step.message);
}
