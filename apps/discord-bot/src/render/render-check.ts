import { ButtonStyle, type APIEmbedField } from 'discord.js';
import type {
  EligibilityFile,
  EligibilityQuestion,
  EligibilityState,
  EligibilityStep,
  EligibilityVerdict,
  EligibilityVerdictKind,
} from '@cobridge/policy-knowledge';
import { CHECK_WORDING } from '@cobridge/reply';
import { encodeCheckState } from '../check-state.js';
import { checkAnswerId, checkStartId } from '../custom-ids.js';
import { button, buttonRows, limitRows } from './components.js';
import { clauseFields } from './clauses.js';
import { fitEmbed } from './fit-embed.js';
import { escapeDiscord, toDiscordMarkdown } from './markdown.js';
import { COLORS, type RenderedReply } from './reply.js';

/** The title of the check's questions. */
export const CHECK_TITLE = CHECK_WORDING.title;

const VERDICT_COLOR: Record<EligibilityVerdictKind, number> = {
  eligible: COLORS.answer,
  'not-eligible': COLORS.unknown,
  depends: COLORS.clarify,
};

/** The verdict's headline: eligible, not eligible, or what it depends on. */
export function verdictTitle(verdict: EligibilityVerdict): string {
  if (verdict.verdict !== 'depends') return CHECK_WORDING.verdicts[verdict.verdict];
  return `${CHECK_WORDING.verdicts.depends} on ${verdict.dependsOn ?? 'one more fact'}`;
}

/** "Question → chosen answer" lines for the answers given so far, in the questions' order. */
export function answeredLines(file: EligibilityFile, state: EligibilityState): string {
  return file.questions
    .flatMap((question) => {
      const choice = question.choices.find((c) => c.id === state.answers[question.id]);
      return choice ? [`- ${escapeDiscord(question.prompt)} **${escapeDiscord(choice.label)}**`] : [];
    })
    .join('\n');
}

function answersField(file: EligibilityFile, state: EligibilityState): APIEmbedField[] {
  const lines = answeredLines(file, state);
  return lines ? [{ name: CHECK_WORDING.yourAnswers, value: lines }] : [];
}

function renderQuestion(question: EligibilityQuestion, file: EligibilityFile, notice?: string): RenderedReply {
  const first = Object.keys(question.state.answers).length === 0;
  const choices = question.choices.map((choice, index) => `${index + 1}. ${escapeDiscord(choice.label)}`).join('\n');
  const parts = [
    notice ? `⚠️ ${escapeDiscord(notice)}` : '',
    first ? toDiscordMarkdown(question.intro) : '',
    `**${escapeDiscord(question.prompt)}**`,
    choices,
  ];
  const embed = fitEmbed({
    title: CHECK_TITLE,
    description: parts.filter(Boolean).join('\n\n'),
    color: COLORS.clarify,
    fields: answersField(file, question.state),
  });
  const code = encodeCheckState(file, question.state);
  const buttons = question.choices.map((choice, index) => button(checkAnswerId(code, index), choice.label, ButtonStyle.Primary));
  return { embeds: [embed], components: limitRows(buttonRows(buttons)), ephemeral: true };
}

function renderVerdict(verdict: EligibilityVerdict, file: EligibilityFile): RenderedReply {
  const embed = fitEmbed({
    title: escapeDiscord(verdictTitle(verdict)),
    description: toDiscordMarkdown(verdict.text),
    color: VERDICT_COLOR[verdict.verdict],
    fields: [...answersField(file, verdict.state), ...clauseFields(verdict.citations)],
    footer: { text: `Cobridge · ${CHECK_WORDING.decides}` },
  });
  const again = button(checkStartId(), CHECK_WORDING.startAgain, ButtonStyle.Secondary, '🔁');
  return { embeds: [embed], components: buttonRows([again]), ephemeral: true };
}

/** Any step of the eligibility check: a question with one button per choice, the verdict with its clauses, or a restart. */
export function renderCheckStep(step: EligibilityStep, file: EligibilityFile): RenderedReply {
  if (step.kind === 'question') return renderQuestion(step, file);
  if (step.kind === 'verdict') return renderVerdict(step, file);
  return renderQuestion(step.restart, file, step.message);
}
