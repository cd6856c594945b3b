import type { Knowledge } from '../knowledge.js';
import type { Audience } from '../schema/topic.js';
import type { Citation, TopicRef } from '../engine/types.js';
import { refOf } from '../engine/compose.js';
import { citeClauses } from './cite-clauses.js';
import { requireFeature } from './feature-unavailable-error.js';
import { PARTIES, type ObligationsFile, type Party } from './obligations-schema.js';
import { cachedMatcher, type PhraseMatcher } from './phrase-matcher.js';

/** One checklist item: who must do or sign what, and the clauses that say so. */
export interface ObligationItem {
  party: Party;
  action: string;
  citations: Citation[];
}

/** The checklist for one situation, the asker's own party first. */
export interface ObligationsChecklist {
  situation: { id: string; title: string };
  items: ObligationItem[];
  /** What the guidance leaves out for this situation, said plainly. */
  note?: { text: string; citations: Citation[] };
  related: TopicRef[];
}

/** The situations a checklist exists for, in the file's order. */
export function listSituations(knowledge: Knowledge): { id: string; title: string }[] {
  return requireFeature(knowledge, 'obligations').situations.map(({ id, title }) => ({ id, title }));
}

/** Which party each audience is: an enterprise contact sees the enterprise's items first, a teacher the teacher's. */
export function partyOrder(audience: Audience | undefined): readonly Party[] {
  if (!audience) return PARTIES;
  return [audience, ...PARTIES.filter((p) => p !== audience)];
}

/** The checklist for a situation, ordered for the audience; undefined for an unknown situation id. */
export function obligationsFor(knowledge: Knowledge, situationId: string, audience?: Audience): ObligationsChecklist | undefined {
  const situation = requireFeature(knowledge, 'obligations').situations.find((s) => s.id === situationId);
  if (!situation) return undefined;
  const order = partyOrder(audience);
  const items = [...situation.items]
    .sort((a, b) => order.indexOf(a.party) - order.indexOf(b.party))
    .map((item) => ({ party: item.party, action: item.action, citations: citeClauses(knowledge, item.citations) }));
  return {
    situation: { id: situation.id, title: situation.title },
    items,
    ...(situation.note ? { note: { text: situation.note.text, citations: citeClauses(knowledge, situation.note.citations) } } : {}),
    related: situation.related.flatMap((id) => refOf(knowledge, id) ?? []),
  };
}

const matchers = new WeakMap<ObligationsFile, PhraseMatcher<string>>();

/**
 * The situation a free-text description names ("we are hiring a lecturer who has left the post"); the longest match
 * wins, a tie is undefined.
 */
export function matchSituation(knowledge: Knowledge, text: string): string | undefined {
  const file = knowledge.features.obligations;
  if (!file) return undefined;
  const matcher = cachedMatcher(matchers, file, (f) => f.situations.flatMap((s) => s.keywords.map((phrase) => ({ phrase, value: s.id }))));
  const [best, second] = matcher.findAll(text).sort((a, b) => b.matched.length - a.matched.length);
  return best && best.matched.length !== second?.matched.length ? best.value : undefined;
}
