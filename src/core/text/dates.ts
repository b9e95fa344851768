/** Calendar dates as ledgers write them: YYYY-MM-DD, optionally HH:MM. */
import type { DateFormat } from '../profiles/schema.js';

export interface LedgerDate {
  year: number;
  month: number;
  day: number;
  time: { hour: number; minute: number } | null;
  /** Comparable: YYYYMMDDHHMM with 0000 for a missing time. */
  sortKey: number;
}

export type DateResult = { ok: true; date: LedgerDate } | { ok: false; problem: string };

// A date, an optional time, then optionally a zone or a parenthesised remark.
const DATE_VALUE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?(?:\s*(?:Z|UTC|GMT|[A-Z]{2,5}|[+-]\d{2}:?\d{2}|\([^)]*\)))?$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseLedgerDate(value: string, formats: readonly DateFormat[]): DateResult {
  const match = DATE_VALUE.exec(value.trim());
  const expected = formats.join(' or ');
  if (!match) return { ok: false, problem: `is not a date in the form ${expected}` };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const hasTime = match[4] !== undefined;
  if (!formats.some((f) => (f === 'YYYY-MM-DD HH:MM') === hasTime)) return { ok: false, problem: `is not a date in the form ${expected}` };
  if (month < 1 || month > 12) return { ok: false, problem: `is not a real date (there is no month ${match[2]})` };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return { ok: false, problem: `is not a real date (${MONTHS[month - 1]} ${year} has ${days} days)` };
  let time: LedgerDate['time'] = null;
  if (hasTime) {
    const [hour, minute] = [Number(match[4]), Number(match[5])];
    if (hour > 23 || minute > 59) return { ok: false, problem: `is not a real time of day (${match[4]}:${match[5]})` };
    time = { hour, minute };
  }
  const sortKey = ((year * 100 + month) * 100 + day) * 10000 + (time ? time.hour * 100 + time.minute : 0);
  return { ok: true, date: { year, month, day, time, sortKey } };
}

/** Whether a is before b, comparing times only when both have one. */
export function isBefore(a: LedgerDate, b: LedgerDate): boolean {
  if (a.time && b.time) return a.sortKey < b.sortKey;
  return Math.floor(a.sortKey / 10000) < Math.floor(b.sortKey / 10000);
}
