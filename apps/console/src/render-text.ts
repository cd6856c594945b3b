import { answerSections, type AdvisorResult, type Citation } from '@cobridge/policy-knowledge/serve';

/** Longest quote shown under an answer; the full clause is in `pnpm kb coverage` and the JSON output. */
export const MAX_QUOTE_CHARS = 400;

/** Renders an advisor result as the plain text a person reads in a terminal. */
export function renderText(result: AdvisorResult): string {
  const parts = [result.kind === 'answer' ? answerSections(result).map(sectionText).join('\n\n') : result.text];
  if (result.kind === 'answer') {
    parts.push(result.citations.map(renderCitation).join('\n'));
    if (result.followUps.length > 0) parts.push(`You could also ask:\n${result.followUps.map((f) => `- ${f}`).join('\n')}`);
  }
  return parts.join('\n\n');
}

function sectionText(section: { heading?: string; verdict?: string; body: string }): string {
  const lines = [];
  if (section.heading) lines.push(`» ${section.heading}`);
  lines.push(section.verdict ? `${section.verdict} ${section.body}` : section.body);
  return lines.join('\n');
}

/** One citation line: section, clause id and the quoted clause. */
export function renderCitation(citation: Citation): string {
  const quote = citation.quote.length > MAX_QUOTE_CHARS ? `${citation.quote.slice(0, MAX_QUOTE_CHARS - 1)}…` : citation.quote;
  return `Source: section ${citation.section}, clause ${citation.clause}: "${quote}"`;
}
