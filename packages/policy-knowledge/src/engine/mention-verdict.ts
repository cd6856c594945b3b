import type { Fact } from '../schema/fact.js';
import type { Audience } from '../schema/topic.js';
import type { ConceptMatcher } from '../understand/concept-matcher.js';
import type { VerdictDecision } from './verdict.js';

// "does the treatment list say anything about my medical treatment?", "does the paper mention confidentiality?": asked
// whether the source speaks of something at all, not what it says of it.
const ASKS_IF_MENTIONED = new RegExp(
  String.raw`\b(?:does|do|did)\s+(?:[\w'-]+\s+){0,4}?` +
    String.raw`(?:(?:say|cover|talk|discuss)\s+(?:anything|something)\s+(?:about|on|regarding)|mention)\b`,
  'i',
);

/**
 * Yes when a question asks whether the source speaks of an aspect at all and the fact answering it is about the aspect
 * named after "mention" or "anything about" ("does the treatment list say anything about medical treatment?" of the
 * fact leaving it to departments); undefined otherwise.
 */
export function mentionVerdict(
  question: string,
  fact: Fact,
  matcher: ConceptMatcher,
  audience: Audience | undefined,
): VerdictDecision | undefined {
  const asked = ASKS_IF_MENTIONED.exec(question);
  if (asked === null) return undefined;
  const named = matcher.find(question.slice(asked.index + asked[0].length), audience).map((m) => m.concept);
  const spoken = named.filter((c) => matcher.kinds.get(c) === 'aspect' && fact.about.includes(c));
  if (spoken.length === 0) return undefined;
  return { verdict: 'yes', rule: `asks whether the source speaks of ${spoken.join(', ')}; the fact does`, with: [], firm: true };
}
