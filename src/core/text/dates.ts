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
const DATE_VALUE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?(?:\s*(?:Z|UTC|GMT|[A-Z]{2,5}|[+-]\d{2}:?\d{2}|\([^)]*\)))?$/;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseLedgerDate(value: string, formats: readonly DateFormat[]): DateResult {
  const match = DATE_VALUE.exec(value.trim());
  const expected = formats.join(' or ');
  if (!match) return { ok: false, problem: `is not a date in the form ${expected}` };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const hasTime = match[4] !== undefined;
  if (!formats.some((f) => (f === 'YYYY-MM-DD HH:MM') === hasTime))
    return { ok: false, problem: `is not a date in the form ${expected}` };
  if (month < 1 || month > 12) return { ok: false, problem: `is not a real date (there is no month ${match[2]})` };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days)
    return { ok: false, problem: `is not a real date (${MONTHS[month - 1]} ${year} has ${days} days)` };
  let time: LedgerDate['time'] = null;
  if (hasTime) {
    const [hour, minute] = [Number(match[4]), Number(match[5])];
    if (hour > 23 || minute > 59) return { ok: false, problem: `is not a real time of day (${match[4]}:${match[5]})` };
    time = { hour, minute };
  }
  const sortKey = ((year * 100 + month) * 100 + day) * 10000 + (time ? time.hour * 100 + time.minute : 0);
  return { ok: true, date: { year, month, day, time, sortKey } };
}

/** A date in whatever form a ledger writes it, to the precision it gives, comparable with another. */
export interface WrittenDate {
  /** Days since 1970-01-01 (UTC), for the calendar day written. */
  day: number;
  /** Minutes into that day, when a time is written. */
  minute: number | null;
  /** A month alone ("January 2025"): compared by month only. */
  monthOnly: boolean;
  /** The date as written, for messages. */
  text: string;
}

const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?/;
const MONTH_NAMES = MONTHS.map((m) => m.toLowerCase());
const NAMED = /^(?:(\d{1,2})\s+)?([A-Za-z]{3,9})\.?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?(\d{4})\b/;

function monthOf(name: string): number | null {
  const lower = name.toLowerCase();
  const index = MONTH_NAMES.findIndex(
    (m) => m === lower || (lower.length >= 3 && m.startsWith(lower) && (lower.length === 3 || lower === 'sept')),
  );
  return index < 0 ? null : index + 1;
}

function realDay(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

/**
 * Reads the date a value starts with: `2026-01-15`, `2026-01-15 18:45`, `2025-07-03
 * 22:56:28`, `2026-01-15T18:45:00.000Z`, `October 10, 2025`, `10 Oct 2025`, `January
 * 2025`; anything after it (a remark, a zone) is left. Null for anything else (`TBD`,
 * `03/04/2025`, which could be either day first or month first).
 */
export function readWrittenDate(value: string): WrittenDate | null {
  const text = value.replace(/^[\s*_`([]+/, '');
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const day = realDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (day === null) return null;
    const minute = iso[4] === undefined ? null : Number(iso[4]) * 60 + Number(iso[5]);
    return { day, minute: minute !== null && minute < 24 * 60 ? minute : null, monthOnly: false, text: iso[0] };
  }
  const named = NAMED.exec(text);
  if (!named) return null;
  const month = monthOf(named[2]!);
  if (month === null) return null;
  const dayOfMonth = named[1] ?? named[3];
  const year = Number(named[4]);
  const day = realDay(year, month, dayOfMonth ? Number(dayOfMonth) : 1);
  return day === null ? null : { day, minute: null, monthOnly: dayOfMonth === undefined, text: named[0] };
}

/** Whether a is before b, to the precision both give (a month alone is all of that month). */
export function writtenBefore(a: WrittenDate, b: WrittenDate): boolean {
  if (a.monthOnly || b.monthOnly) return monthIndex(a.day) < monthIndex(b.day);
  if (a.day !== b.day || a.minute === null || b.minute === null) return a.day < b.day;
  return a.minute < b.minute;
}

function monthIndex(day: number): number {
  const date = new Date(day * 86_400_000);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}
