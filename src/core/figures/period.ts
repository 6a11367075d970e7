// A report period: a year and a month. Accumulated measures cover January to
// that month; full-year measures belong to the year.
import { z } from 'zod';

/** `YYYY-MM` with a month 01–12. */
export const periodTextSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a period written YYYY-MM, e.g. 2024-08');

export interface Period {
  readonly year: number;
  readonly month: number;
}

/** Parses `YYYY-MM`; throws on anything else (validate with periodTextSchema first for messages). */
export function parsePeriod(text: string): Period {
  const parsed = periodTextSchema.parse(text);
  return { year: Number(parsed.slice(0, 4)), month: Number(parsed.slice(5, 7)) };
}

/** `YYYY-MM`, zero-padded. */
export function formatPeriod(period: Period): string {
  return `${period.year}-${String(period.month).padStart(2, '0')}`;
}

/** Orders periods chronologically. */
export function comparePeriods(a: Period, b: Period): number {
  return a.year - b.year || a.month - b.month;
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.year === b.year && a.month === b.month;
}

const SWEDISH_MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "januari–augusti 2024" / "January–August 2024": the accumulated span a period covers. */
export function describeAccumulatedPeriod(period: Period, language: 'sv' | 'en' = 'sv'): string {
  const months = language === 'sv' ? SWEDISH_MONTHS : ENGLISH_MONTHS;
  const last = months[period.month - 1];
  if (period.month === 1) return `${last} ${period.year}`;
  return `${months[0]}–${last} ${period.year}`;
}
