import type {
  EligibilityFile,
  EligibilityQuestion,
  EligibilityState,
  EligibilityStep,
  EligibilityVerdict,
} from '@cobridge/policy-knowledge';
import { citationBlocks } from './reply-from-result.js';
import type { Reply, ReplyBlock } from './reply.js';
import { CHECK_WORDING } from './tool-wording.js';

/** The verdict's headline: eligible, not eligible, or what it depends on. */
export function verdictTitle(verdict: EligibilityVerdict): string {
  if (verdict.verdict !== 'depends') return CHECK_WORDING.verdicts[verdict.verdict];
  return `${CHECK_WORDING.verdicts.depends} on ${verdict.dependsOn ?? 'one more fact'}`;
}

/** The answers given so far as one named item ("- question answer" lines, in the questions' order), or none. */
function answersGiven(file: EligibilityFile, state: EligibilityState): ReplyBlock[] {
  const lines = file.questions.flatMap((question) => {
    const choice = question.choices.find((c) => c.id === state.answers[question.id]);
    return choice === undefined ? [] : [`- ${question.prompt} ${choice.label}`];
  });
  return lines.length === 0
    ? []
    : [{ type: 'fields', items: [{ name: CHECK_WORDING.yourAnswers, text: lines.join('\n'), citations: [] }] }];
}

function questionReply(question: EligibilityQuestion, file: EligibilityFile, notice?: string): Reply {
  const blocks: ReplyBlock[] = notice === undefined ? [] : [{ type: 'paragraph', text: notice }];
  if (Object.keys(question.state.answers).length === 0) blocks.push({ type: 'paragraph', text: question.intro });
  const options = question.choices.map((choice) => ({ id: choice.id, label: choice.label }));
  blocks.push({ type: 'picker', pick: 'answer', label: question.prompt, options }, ...answersGiven(file, question.state));
  return { tone: 'clarify', title: CHECK_WORDING.title, blocks, summary: notice ?? question.prompt, lang: 'en', rateable: false };
}

function verdictReply(verdict: EligibilityVerdict, file: EligibilityFile): Reply {
  const title = verdictTitle(verdict);
  const blocks: ReplyBlock[] = [
    { type: 'paragraph', text: verdict.text },
    ...answersGiven(file, verdict.state),
    ...citationBlocks(verdict.citations),
  ];
  return { tone: 'answer', title, blocks, summary: `${title}: ${verdict.text}`, lang: 'en', rateable: false };
}

/** One step of the eligibility check as a reply: a question with its choices to pick, or the verdict with its clauses. */
export function replyFromCheck(step: EligibilityStep, file: EligibilityFile): Reply {
  if (step.kind === 'question') return questionReply(step, file);
  if (step.kind === 'verdict') return verdictReply(step, file);
  return questionReply(step.restart, file, step.message);
}
