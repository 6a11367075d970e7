// Matches the period words of a question to the report periods an organisation
// has in the store. An explicit period that has no report is reported as missing,
// never replaced by a nearby one; without period words the latest report is used.
import { comparePeriods, formatPeriod, type Period } from '../figures/period.js';
import type { PeriodRequest } from './reading/read-period.js';

export type ReportPeriodResolution =
  | { readonly kind: 'found'; readonly period: Period; readonly explicit: boolean }
  | { readonly kind: 'missing'; readonly asked: string; readonly available: readonly Period[] };

/** The report period meant by `request` among `periods` (oldest first). */
export function resolveReportPeriod(request: PeriodRequest, periods: readonly Period[]): ReportPeriodResolution {
  const sorted = [...periods].sort(comparePeriods);
  const latest = sorted[sorted.length - 1];
  if (!latest) return { kind: 'missing', asked: '', available: [] };
  const { month, year } = request;
  if (month === null && year === null) return { kind: 'found', period: latest, explicit: false };
  const candidates = sorted.filter((period) => (month === null || period.month === month) && (year === null || period.year === year));
  const found = candidates[candidates.length - 1];
  if (found) return { kind: 'found', period: found, explicit: true };
  const asked = month !== null && year !== null ? formatPeriod({ year, month }) : month !== null ? `${year ?? latest.year}-${String(month).padStart(2, '0')}` : String(year);
  return { kind: 'missing', asked, available: sorted };
}
