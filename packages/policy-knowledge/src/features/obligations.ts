import type { Knowledge } from '../knowledge.js';
import type { Audience } from '../schema/topic.js';
import type { Citation, Lang, TopicRef } from '../engine/types.js';
import { citeClauses } from './cite-clauses.js';
import { requireFeature } from './feature-unavailable-error.js';
import { inLang, topicIn } from './in-lang.js';
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

/** The situations a checklist exists for, in the file's order, titled in `lang`. */
export function listSituations(knowledge: Knowledge, lang: Lang = 'en'): { id: string; title: string }[] {
  return requireFeature(knowledge, 'obligations').situations.map(({ id, title, zh }) => ({ id, title: inLang(lang, title, zh.title) }));
}

/** Which party each audience is: an enterprise contact sees the enterprise's items first, a teacher the teacher's. */
export function partyOrder(audience: Audience | undefined): readonly Party[] {
  if (!audience) return PARTIES;
  return [audience, ...PARTIES.filter((p) => p !== audience)];
}

/** The checklist for a situation, ordered for the audience and written in `lang`; undefined for an unknown situation id. */
export function obligationsFor(
  knowledge: Knowledge,
  situationId: string,
  audience?: Audience,
  lang: Lang = 'en',
): ObligationsChecklist | undefined {
  const situation = requireFeature(knowledge, 'obligations').situations.find((s) => s.id === situationId);
  if (!situation) return undefined;
  const order = partyOrder(audience);
  const items = [...situation.items]
    .sort((a, b) => order.indexOf(a.party) - order.indexOf(b.party))
    .map((item) => ({
      party: item.party,
      action: inLang(lang, item.action, item.zh.action),
      citations: citeClauses(knowledge, item.citations, lang),
    }));
  const { note } = situation;
  return {
    situation: { id: situation.id, title: inLang(lang, situation.title, situation.zh.title) },
    items,
    ...(note ? { note: { text: inLang(lang, note.text, note.zh.text), citations: citeClauses(knowledge, note.citations, lang) } } : {}),
    related: situation.related.flatMap((id) => topicIn(knowledge, id, lang) ?? []),
  };
}

const matchers = new WeakMap<ObligationsFile, PhraseMatcher<string>>();

/**
 * The situation a free-text description names, in English or Chinese ("we are hiring a lecturer who has left the
 * post", "聘用离岗教师"); the longest match wins, a tie is undefined.
 */
export function matchSituation(knowledge: Knowledge, text: string): string | undefined {
  const file = knowledge.features.obligations;
  if (!file) return undefined;
  const matcher = cachedMatcher(matchers, file, (f) =>
    f.situations.flatMap((s) => [...s.keywords, s.zh.title, ...s.zh.keywords].map((phrase) => ({ phrase, value: s.id }))),
  );
  const [best, second] = matcher.findAll(text).sort((a, b) => b.matched.length - a.matched.length);
  return best && best.matched.length !== second?.matched.length ? best.value : undefined;
}
