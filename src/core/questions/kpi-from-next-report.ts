// "Sjukfrånvaron jan–mars?" where the first report of the year is the one per April: reports state
// staff measures such as sick leave for the months before the report, so a KPI asked for a month
// without a report is answered from the report of the month after it, the same year, and the answer
// says which report it is from. Money lines are not: their accumulated figures are of the report's months.
import type { LineItemRecord } from '../figures/records.js';
import type { Period } from '../figures/period.js';
import type { PeriodRequest } from './reading/read-period.js';

/** The report of the month after the one asked, when a KPI is asked for a month that has no report; else undefined. */
export function kpiFromNextReport(request: PeriodRequest, periods: readonly Period[], item: LineItemRecord | undefined): { asked: Period; report: Period } | undefined {
  if (item?.kind !== 'kpi' || request.month === null || request.month === 12) return undefined;
  const latest = periods[periods.length - 1];
  const year = request.year ?? latest?.year;
  if (year === undefined || periods.some((period) => period.year === year && period.month === request.month)) return undefined;
  const report = periods.find((period) => period.year === year && period.month === request.month! + 1);
  return report ? { asked: { year, month: request.month }, report } : undefined;
}
