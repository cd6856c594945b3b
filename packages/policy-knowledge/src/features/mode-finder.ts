import type { Knowledge } from '../knowledge.js';
import type { Citation, Lang, TopicRef } from '../engine/types.js';
import { citeClauses } from './cite-clauses.js';
import { requireFeature } from './feature-unavailable-error.js';
import { inLang, topicIn } from './in-lang.js';
import type { Need } from './mode-finder-schema.js';

export { matchNeeds } from './match-needs.js';

/** An enterprise need as offered in a picker. */
export interface NeedSummary {
  id: string;
  label: string;
}

/** Why a mode serves one need, with its clauses. */
export interface ModeReason {
  need: NeedSummary;
  why: string;
  citations: Citation[];
}

/** A cooperation mode that serves some of the chosen needs; modes serving more needs rank first. */
export interface RankedMode {
  mode: TopicRef;
  reasons: ModeReason[];
}

/** A need the paper lists but links to no mode, said plainly. */
export interface UnlinkedNeed {
  need: NeedSummary;
  text: string;
  citations: Citation[];
}

/** The modes for a set of needs, plus needs with no mode and ids that were not recognised. */
export interface ModeFinderResult {
  modes: RankedMode[];
  unlinked: UnlinkedNeed[];
  unknownNeeds: string[];
  /** Where the list of needs comes from. */
  citations: Citation[];
}

/** The needs an enterprise can pick from, in the paper's order, labelled in `lang`. */
export function listNeeds(knowledge: Knowledge, lang: Lang = 'en'): NeedSummary[] {
  return requireFeature(knowledge, 'modeFinder').needs.map((need) => summary(need, lang));
}

/** The cooperation modes serving the chosen needs, ranked by how many they serve, then by the file's order; in `lang`. */
export function findModes(knowledge: Knowledge, needIds: readonly string[], lang: Lang = 'en'): ModeFinderResult {
  const file = requireFeature(knowledge, 'modeFinder');
  const chosen: Need[] = [];
  const unknownNeeds: string[] = [];
  for (const id of new Set(needIds)) {
    const need = file.needs.find((n) => n.id === id);
    if (need) chosen.push(need);
    else unknownNeeds.push(String(id).slice(0, 48));
  }
  const byMode = new Map<string, { reasons: ModeReason[]; rank: number }>();
  chosen.forEach((need) =>
    need.modes.forEach((link, position) => {
      const entry = byMode.get(link.mode) ?? { reasons: [], rank: 0 };
      const why = inLang(lang, link.why, link.zh.why);
      entry.reasons.push({ need: summary(need, lang), why, citations: citeClauses(knowledge, link.citations, lang) });
      entry.rank += position;
      byMode.set(link.mode, entry);
    }),
  );
  const modes = [...byMode.entries()]
    .sort(([, a], [, b]) => b.reasons.length - a.reasons.length || a.rank / a.reasons.length - b.rank / b.reasons.length)
    .flatMap(([id, { reasons }]) => {
      const mode = topicIn(knowledge, id, lang);
      return mode ? [{ mode, reasons }] : [];
    });
  const unlinked = chosen.flatMap((need) =>
    need.modes.length === 0 && need.note
      ? [
          {
            need: summary(need, lang),
            text: inLang(lang, need.note.text, need.note.zh.text),
            citations: citeClauses(knowledge, need.note.citations, lang),
          },
        ]
      : [],
  );
  return { modes, unlinked, unknownNeeds, citations: citeClauses(knowledge, file.citations, lang) };
}

function summary(need: Need, lang: Lang): NeedSummary {
  return { id: need.id, label: inLang(lang, need.label, need.zh.label) };
}
