import type { Knowledge } from '../knowledge.js';
import type { Citation, Lang } from '../engine/types.js';
import { citeClauses } from './cite-clauses.js';
import { requireFeature } from './feature-unavailable-error.js';
import { inLang } from './in-lang.js';
import { addYears, formatIsoDate, parseLeaveDate } from './parse-leave-date.js';

/** Something the guidance says can happen before the retention period ends. */
export interface TimelineEvent {
  id: string;
  title: string;
  text: string;
  citations: Citation[];
}

/** The leave timeline for one start date: the retention end, what can happen before, and where the guidance is silent. */
export interface LeaveTimeline {
  kind: 'timeline';
  /** The leave start date, ISO `YYYY-MM-DD`. */
  start: string;
  /** The last day the personnel relationship can still be retained ("up to"), ISO `YYYY-MM-DD`. */
  retainedUntil: string;
  years: number;
  text: string;
  citations: Citation[];
  before: TimelineEvent[];
  /** What the guidance does not say, stated plainly. */
  silent: string[];
}

/** The date could not be used; `message` says why and how to write it. */
export interface InvalidLeaveDate {
  kind: 'invalid-date';
  message: string;
}

/** The leave timeline from a start date (ISO `YYYY-MM-DD`), in `lang`; bad dates give `invalid-date`, never a throw. */
export function leaveTimeline(knowledge: Knowledge, startDate: unknown, lang: Lang = 'en'): LeaveTimeline | InvalidLeaveDate {
  const rules = requireFeature(knowledge, 'obligations').timeline;
  const parsed = parseLeaveDate(startDate, lang);
  if ('error' in parsed) return { kind: 'invalid-date', message: parsed.error };
  const start = formatIsoDate(parsed.date);
  const retainedUntil = formatIsoDate(addYears(parsed.date, rules.years));
  return {
    kind: 'timeline',
    start,
    retainedUntil,
    years: rules.years,
    text: inLang(lang, rules.retention.text, rules.retention.zh.text).replaceAll('{start}', start).replaceAll('{end}', retainedUntil),
    citations: citeClauses(knowledge, rules.retention.citations, lang),
    before: rules.before.map((event) => ({
      id: event.id,
      title: inLang(lang, event.title, event.zh.title),
      text: inLang(lang, event.text, event.zh.text),
      citations: citeClauses(knowledge, event.citations, lang),
    })),
    silent: [...inLang(lang, rules.silent, rules.zh.silent)],
  };
}
