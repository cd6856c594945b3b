import type { Lang } from '../engine/types.js';

/** Earliest and latest leave start years accepted; anything outside is a typo, not a plan. */
export const LEAVE_YEAR_MIN = 2000;
export const LEAVE_YEAR_MAX = 2099;

/** A calendar date without a time zone. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why a leave date cannot be used, in each language; every message says how to write the date. */
const DATE_ERRORS = {
  en: {
    empty: 'Please give the leave start date as YYYY-MM-DD, for example 2025-09-01.',
    form: (shown: string) => `"${shown}" is not a date in the form YYYY-MM-DD (for example 2025-09-01).`,
    years: (raw: string) => `${raw} is outside the years this timeline works with (${LEAVE_YEAR_MIN}–${LEAVE_YEAR_MAX}).`,
    month: (raw: string, month: string) => `${raw} is not a real date: there is no month ${month}.`,
    day: (raw: string, year: number, month: number, days: number) =>
      `${raw} is not a real date: ${MONTHS[month - 1]} ${year} has ${days} days.`,
  },
  zh: {
    empty: '请按 YYYY-MM-DD 的格式给出离岗开始日期，例如 2025-09-01。',
    form: (shown: string) => `“${shown}”不是 YYYY-MM-DD 格式的日期（例如 2025-09-01）。`,
    years: (raw: string) => `${raw} 超出了这个时间线可以计算的年份（${LEAVE_YEAR_MIN}–${LEAVE_YEAR_MAX} 年）。`,
    month: (raw: string, month: string) => `${raw} 不是真实的日期：没有 ${month} 月。`,
    day: (raw: string, year: number, month: number, days: number) => `${raw} 不是真实的日期：${year} 年 ${month} 月只有 ${days} 天。`,
  },
} satisfies Record<Lang, unknown>;

/** Days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Formats a date as ISO `YYYY-MM-DD`. */
export function formatIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses a strict ISO `YYYY-MM-DD` date; returns the date or a message a person can act on, in `lang`. Never throws. */
export function parseLeaveDate(input: unknown, lang: Lang = 'en'): { date: CalendarDate } | { error: string } {
  const says = DATE_ERRORS[lang];
  const raw = typeof input === 'string' ? input.trim() : '';
  const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  if (raw === '') return { error: says.empty };
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (!match) return { error: says.form(shown) };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < LEAVE_YEAR_MIN || year > LEAVE_YEAR_MAX) return { error: says.years(raw) };
  if (month < 1 || month > 12) return { error: says.month(raw, match[2] ?? '') };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return { error: says.day(raw, year, month, days) };
  return { date: { year, month, day } };
}

/** The same calendar day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  const year = date.year + years;
  return { year, month: date.month, day: Math.min(date.day, daysInMonth(year, date.month)) };
}
