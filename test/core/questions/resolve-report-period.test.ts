import { describe, it, expect } from 'vitest';
import type { Period } from '../../../src/core/figures/period.js';
import { resolveReportPeriod } from '../../../src/core/questions/resolve-report-period.js';
import { loadLexicon } from '../../../src/core/questions/lexicon/load-lexicon.js';
import { readPeriod, type PeriodRequest } from '../../../src/core/questions/reading/read-period.js';
import { tokenizeQuestion } from '../../../src/core/questions/reading/tokenize-question.js';

const p = (year: number, month: number): Period => ({ year, month });
const periodOf = (question: string): PeriodRequest => readPeriod(tokenizeQuestion(question), loadLexicon());

// Given out of order on purpose: the resolver sorts.
const PERIODS: readonly Period[] = [p(2024, 8), p(2023, 4), p(2024, 4), p(2023, 8), p(2023, 12)];

function request(overrides: Partial<PeriodRequest>): PeriodRequest {
  return { ...periodOf(''), ...overrides };
}

describe('resolveReportPeriod', () => {
  it('takes the latest report when the question names no period', () => {
    expect(resolveReportPeriod(request({}), PERIODS)).toEqual({ kind: 'found', period: p(2024, 8), explicit: false });
  });

  it('takes the latest report for flags alone (full year, prior year)', () => {
    expect(resolveReportPeriod(request({ fullYear: true, priorYear: true }), PERIODS)).toMatchObject({ kind: 'found', period: p(2024, 8), explicit: false });
  });

  it('takes a month in the latest year that has it', () => {
    expect(resolveReportPeriod(request({ month: 4 }), PERIODS)).toEqual({ kind: 'found', period: p(2024, 4), explicit: true });
  });

  it('takes a month and year as given', () => {
    expect(resolveReportPeriod(request({ month: 8, year: 2023 }), PERIODS)).toEqual({ kind: 'found', period: p(2023, 8), explicit: true });
  });

  it('takes the latest report of a year named alone', () => {
    expect(resolveReportPeriod(request({ year: 2023 }), PERIODS)).toEqual({ kind: 'found', period: p(2023, 12), explicit: true });
  });

  it('reads a question end to end: "i april" is April of the latest year', () => {
    expect(resolveReportPeriod(periodOf('Hur låg lönerna i april?'), PERIODS)).toMatchObject({ kind: 'found', period: p(2024, 4) });
  });

  it('reports a missing month and year as missing, with every period available, not a neighbour', () => {
    const resolution = resolveReportPeriod(request({ month: 6, year: 2024 }), PERIODS);
    expect(resolution).toEqual({ kind: 'missing', asked: '2024-06', available: [p(2023, 4), p(2023, 8), p(2023, 12), p(2024, 4), p(2024, 8)] });
  });

  it('reports a missing month as asked for the latest year', () => {
    expect(resolveReportPeriod(request({ month: 3 }), PERIODS)).toMatchObject({ kind: 'missing', asked: '2024-03' });
  });

  it('reports a missing year as the year', () => {
    expect(resolveReportPeriod(request({ year: 2022 }), PERIODS)).toMatchObject({ kind: 'missing', asked: '2022' });
  });

  it('does not take the December report for a missing month of the same year', () => {
    const resolution = resolveReportPeriod(request({ month: 11, year: 2023 }), PERIODS);
    expect(resolution.kind).toBe('missing');
  });

  it('is missing with nothing available when there are no reports', () => {
    expect(resolveReportPeriod(request({}), [])).toEqual({ kind: 'missing', asked: '', available: [] });
  });

  it('does not change the list it was given', () => {
    const periods = [p(2024, 8), p(2023, 4)];
    resolveReportPeriod(request({}), periods);
    expect(periods).toEqual([p(2024, 8), p(2023, 4)]);
  });
});
