// KPI targets a plan sets for a later year than the report's ("Mål 2027" in a report per April
// 2025), stored with that year as the reference: found, said with their year, and the value so
// far compared with them honestly; the report's own period's target is preferred where there is one.
import { describe, expect, it } from 'vitest';
import type { FigureRecord, LineItemRecord } from '../../../src/core/figures/records.js';
import { parsePeriod } from '../../../src/core/figures/period.js';
import { checkAnswerNumbers } from '../../../src/core/guard/check-answer-numbers.js';
import { guardModelText } from '../../../src/core/guard/guard-model-text.js';
import type { Answer } from '../../../src/core/answering/answer.js';
import type { Measure } from '../../../src/core/figures/vocabulary.js';
import type { Unit } from '../../../src/core/numbers/units.js';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Sjöbacka kommun', 'municipality', null, 'mnkr'), organisation(2, 'Kommunstyrelsen Sjöbacka', 'board', 1, 'tkr'), organisation(10, 'Ödeby region', 'region', null, 'mnkr')];

const higher = (record: LineItemRecord): LineItemRecord => ({ ...record, better: 'higher' });
const ITEMS = [
  higher(item(21, 2, 'Nöjd medborgarindex', 'kpi')),
  higher(item(22, 2, 'Andel digitala ärenden', 'kpi')),
  higher(item(23, 2, 'Trygghetsindex', 'kpi')),
  higher(item(24, 2, 'Kvalitetsindex för äldreomsorgen', 'kpi')),
  item(25, 2, 'Årets resultat', 'result'),
  higher(item(101, 10, 'Andel patienter med fast läkarkontakt', 'kpi')),
];

function kpi(lineItemId: number, period: string, measure: Measure, value: string, unit: Unit, reference: string | null = null): FigureRecord {
  return { ...figure(lineItemId, period, measure, value, unit, 0), reference: reference ? parsePeriod(reference) : null };
}

const FIGURES = [
  kpi(21, '2025-04', 'actual', '58', 'index'),
  kpi(21, '2025-04', 'prior_year_full_year', '57', 'index'),
  kpi(21, '2025-04', 'target_full_year', '65', 'index', '2027-12'),
  // The report's own target for the period, and the plan's for 2028: the period's is the one to meet now.
  kpi(22, '2025-04', 'actual', '40', '%'),
  kpi(22, '2025-04', 'target', '45', '%'),
  kpi(22, '2025-04', 'target_full_year', '60', '%', '2028-12'),
  // No value yet this year: last year's, and the plan's target.
  kpi(23, '2025-04', 'prior_year_full_year', '70', 'index'),
  kpi(23, '2025-04', 'target_full_year', '80', 'index', '2027-12'),
  kpi(24, '2025-04', 'actual', '82', 'index'),
  kpi(24, '2025-04', 'target_full_year', '80', 'index', '2027-12'),
  figure(25, '2025-04', 'actual', '4100', 'tkr', 0),
  figure(25, '2025-04', 'budget', '1500', 'tkr', 0),
  kpi(101, '2025-06', 'actual', '71', '%'),
  kpi(101, '2025-06', 'target_full_year', '85', '%', '2026-12'),
  // An outcome of an earlier year, stored with its reference: not a target.
  kpi(101, '2025-06', 'actual', '69', '%', '2023-12'),
];

const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

/** Every number is backed, and the role-bound guard (the one a model's text meets) reads each as what it is. */
function expectBacked(answer: Answer) {
  expect(checkAnswerNumbers(answer).rejected).toEqual([]);
  expect(guardModelText(answer.text, answer).rejected).toEqual([]);
}

describe('a KPI target set for a later year', () => {
  it('is found and said with its year, the value so far short of it (Swedish and English)', async () => {
    const cases = [
      ['når vi målet för nöjd medborgarindex?', 'mål 65 till 2027', 'hittills 7'],
      ['are we reaching the target for nöjd medborgarindex?', 'target 65 for 2027', 'so far 7'],
    ] as const;
    for (const [question, target, soFar] of cases) {
      const answer = await ask(store(), question, 'Kommunstyrelsen Sjöbacka');
      expect(answer.status, question).toBe('answered');
      expect(plain(answer), question).toContain(target);
      expect(plain(answer), question).toContain(soFar);
      expect(answer.facts.some((fact) => fact.measure === 'target_full_year' && fact.value === '65'), question).toBe(true);
      expectBacked(answer);
    }
  });

  it('works at another organisation in percent', async () => {
    const answer = await ask(store(), 'fast läkarkontakt mot målet?', 'Ödeby region');
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('mål 85 % till 2026');
    expect(plain(answer)).toContain('14 procentenheter');
    expectBacked(answer);
  });

  it('prefers the report period\'s own target to the plan\'s later one', async () => {
    const answer = await ask(store(), 'digitala ärenden mot målet?', 'Kommunstyrelsen Sjöbacka');
    expect(plain(answer)).toContain('mål 45 %');
    expect(plain(answer)).not.toContain('2028');
    expect(plain(answer)).not.toContain('60');
  });

  it('says a later target already met is met, without calling it due', async () => {
    const answer = await ask(store(), 'how is kvalitetsindex för äldreomsorgen doing against the target?', 'Kommunstyrelsen Sjöbacka');
    expect(plain(answer)).toContain('target 80 for 2027');
    expect(plain(answer)).toContain('already met');
    expectBacked(answer);
  });

  it('gives the target and last year\'s value when the year has no value yet', async () => {
    for (const question of ['vad är målet för trygghetsindex?', 'what is the target for trygghetsindex?']) {
      const answer = await ask(store(), question, 'Kommunstyrelsen Sjöbacka');
      expect(plain(answer), question).toContain('80');
      expect(plain(answer), question).toContain('2027');
      expect(plain(answer), question).toContain('70');
      expect(answer.facts.some((fact) => fact.measure === 'target_full_year' && fact.reference === '2027-12'), question).toBe(true);
      expectBacked(answer);
    }
  });
});
