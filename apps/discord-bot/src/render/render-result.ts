import type { APIEmbed, APIEmbedField } from 'discord.js';
import { answerSections, type AdvisorResult, type AnswerResult, type Audience, type Citation, type ClarifyResult, type RefuseResult, type UnknownResult } from '@cobridge/policy-knowledge';
import type { AskOutcome } from '@cobridge/advisor-runtime';
import { fitEmbed } from './fit-embed.js';
import { blockQuote, escapeDiscord, toDiscordMarkdown } from './markdown.js';
import { limitRows, topicButtonRows, voteRow, type ActionRow } from './components.js';
import { COLORS, renderNotice, type RenderedReply } from './reply.js';

const AUDIENCE_LABEL: Record<Audience, string> = { enterprise: 'enterprises', teacher: 'teachers' };

/** The field that cites a clause: section and clause number as the name, the quoted text as the value. */
export function citationField(citation: Citation): APIEmbedField {
  return { name: `Source: clause ${citation.clause} (section ${citation.section})`, value: blockQuote(citation.quote) };
}

function answerEmbed(result: AnswerResult, audience: Audience): APIEmbed {
  const fields = result.citations.map(citationField);
  if (result.followUps.length > 0) {
    fields.push({ name: 'You might also ask', value: result.followUps.map((q) => `- ${escapeDiscord(q)}`).join('\n') });
  }
  return fitEmbed({
    title: escapeDiscord(result.topic.title),
    description: answerSections(result)
      .map((part) => {
        const lead = [part.heading ? `**${escapeDiscord(part.heading)}**` : '', part.verdict ? `**${escapeDiscord(part.verdict)}**` : ''].filter(Boolean).join('\n');
        const body = toDiscordMarkdown(part.body);
        return lead ? `${lead} ${body}` : body;
      })
      .join('\n\n'),
    color: COLORS.answer,
    fields,
    footer: { text: `Cobridge · wording for ${AUDIENCE_LABEL[audience]} · knowledge ${result.knowledgeVersion}` },
  });
}

/** An answer: the embed with its clause, related-topic buttons and, when the question was logged, 👍/👎. */
export function renderAnswer(result: AnswerResult, audience: Audience, recordId: number | null): RenderedReply {
  const rows: ActionRow[] = [...topicButtonRows(result.related, audience)];
  if (recordId !== null) rows.push(voteRow(recordId));
  return { embeds: [answerEmbed(result, audience)], components: limitRows(rows), ephemeral: false };
}

function renderClarify(result: ClarifyResult, audience: Audience, recordId: number | null): RenderedReply {
  const embed = fitEmbed({ title: 'Which of these did you mean?', description: toDiscordMarkdown(result.text), color: COLORS.clarify });
  const rows = topicButtonRows(result.candidates, audience, 2);
  if (recordId !== null) rows.push(voteRow(recordId));
  return { embeds: [embed], components: limitRows(rows), ephemeral: false };
}

function renderUnknown(result: UnknownResult, audience: Audience, recordId: number | null): RenderedReply {
  const title = result.reason === 'empty' ? 'Ask me a question' : 'Not covered by the guidance';
  const embed = fitEmbed({ title, description: toDiscordMarkdown(result.text), color: COLORS.unknown });
  const rows = topicButtonRows(result.nearest, audience);
  if (recordId !== null && result.reason !== 'empty') rows.push(voteRow(recordId));
  return { embeds: [embed], components: limitRows(rows), ephemeral: false };
}

function renderRefuse(result: RefuseResult): RenderedReply {
  const embed = fitEmbed({ title: "Cobridge can't help with that", description: toDiscordMarkdown(result.text), color: COLORS.unknown });
  return { embeds: [embed], components: [], ephemeral: false };
}

/** Any advisor result as a Discord reply. */
export function renderResult(result: AdvisorResult, audience: Audience, recordId: number | null): RenderedReply {
  switch (result.kind) {
    case 'answer':
      return renderAnswer(result, audience, recordId);
    case 'clarify':
      return renderClarify(result, audience, recordId);
    case 'unknown':
      return renderUnknown(result, audience, recordId);
    case 'refuse':
      return renderRefuse(result);
  }
}

/** What `services.ask` returned, as a Discord reply (a rate-limit notice is only shown to the asker). */
export function renderOutcome(outcome: AskOutcome, audience: Audience): RenderedReply {
  if (outcome.kind === 'limited') {
    return renderNotice(`You're asking faster than I can keep up. Please try again in ${outcome.retryAfterSeconds} s.`);
  }
  return renderResult(outcome.result, audience, outcome.recordId);
}
