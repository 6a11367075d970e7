// A measure the question asks for and the line lacks is no_data, saying what is missing and
// what is on record; a year-end question is answered with the full-year forecast.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Norrvik kommun', 'municipality', null, 'mnkr'), organisation(2, 'Servicedivisionen', 'division', 1, 'mnkr')];
const ITEMS = [item(20, 2, 'Personalkostnader', 'cost'), item(21, 2, 'Sjukfrånvaro', 'kpi'), item(22, 2, 'Antal anställda', 'kpi'), item(23, 2, 'Årets resultat', 'result'), item(24, 2, 'Lokalkostnader', 'cost'), item(25, 2, 'Investeringar totalt', 'investment')];
const FIGURES = [
  // Personnel costs only as deviations: no budget amount is stored.
  figure(20, '2025-04', 'deviation', '1.5'),
  figure(20, '2025-04', 'forecast_deviation', '5.0'),
  figure(21, '2025-04', 'actual', '6.2', '%', 1),
  figure(22, '2025-04', 'actual', '412', 'st', 0),
  figure(22, '2025-04', 'forecast', '430', 'st', 0),
  // The headcount's change since December, as the report states it (the reference period is December of last year).
  { ...figure(22, '2025-04', 'change', '-6', 'st', 0), reference: { year: 2024, month: 12 } },
  // The result without a period budget: the outcome, the forecast and the year's budget.
  figure(23, '2025-04', 'actual', '37.7'),
  figure(23, '2025-04', 'forecast', '64.1'),
  figure(23, '2025-04', 'budget_full_year', '80.1'),
  // Premises costs: against last year only the change in per cent is stated (a cost that fell 9 %, positive in the canonical signs).
  figure(24, '2025-04', 'deviation', '0.4'),
  figure(24, '2025-04', 'prior_year_change_percent', '9', '%', 0),
  // Investments so far, split by when their frame was decided, and the year's forecast for the total.
  figure(25, '2025-04', 'actual', '2.4'),
  figure(25, '2025-04', 'forecast', '10.0'),
  { ...figure(25, '2025-04', 'actual', '2.1'), breakdownGroup: 'Investeringsram', breakdown: 'beslutad före 2025' },
  { ...figure(25, '2025-04', 'actual', '0.3'), breakdownGroup: 'Investeringsram', breakdown: 'beslutad 2025' },
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Servicedivisionen';

describe('a measure asked for that the line does not have', () => {
  it('says there is no budget amount, and what there is, when the budget itself is asked', async () => {
    const answer = await ask(store(), 'budget för personalkostnaderna i år?', HOME);
    expect(answer.status).toBe('no_data');
    expect(plain(answer)).toMatch(/budget/i);
    expect(plain(answer)).toMatch(/avvikelse/i);
    expect(answer.facts).toEqual([]);
  });

  it('answers "mot budget" with the deviation: the deviation is what was asked', async () => {
    const answer = await ask(store(), 'hur ligger personalkostnaderna till mot budget?', HOME);
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('1,5 mnkr bättre än budget');
  });

  it('does not give a KPI\'s outcome for its forecast', async () => {
    const answer = await ask(store(), "what's the forecast for sick leave?", HOME);
    expect(answer.status).toBe('no_data');
    expect(plain(answer)).toMatch(/forecast/i);
    expect(answer.facts).toEqual([]);
  });
});

describe('a comparison with last year where only the change is stated', () => {
  it('states the change in per cent, with its direction, instead of naming it as available', async () => {
    const answer = await ask(store(), 'hur har lokalkostnaderna förändrats mot förra året?', HOME);
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('minskning med 9 %');
    expect(answer.facts.length).toBeGreaterThan(0);
  });

  it('does so in English too', async () => {
    const answer = await ask(store(), 'premises costs compared with last year?', HOME);
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('decrease of 9 %');
  });
});

describe('a breakdown the question names', () => {
  it.each([
    ['hur mkt av investeringarna är beslutade 2025?', '0,3 mnkr'],
    ['investeringar beslutade före 2025?', '2,1 mnkr'],
    ['hur mycket av 2025 års ram har använts till investeringar?', '0,3 mnkr'],
    ['how much of the investments came from frames decided before 2025?', '2,1 mnkr'],
    ['how much of the investments were decided in 2025?', '0,3 mnkr'],
  ])('answers with that breakdown: %s', async (question, shown) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain(shown);
    expect(plain(answer)).not.toContain('2,4');
    expect(answer.facts.map((fact) => fact.breakdown)).toContain(shown === '0,3 mnkr' ? 'beslutad 2025' : 'beslutad före 2025');
  });

  it('answers with the total when the year is only the report\'s year', async () => {
    const answer = await ask(store(), 'hur mycket har vi investerat 2025?', HOME);
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('2,4 mnkr');
  });
});

describe('a KPI\'s stated change against an earlier time', () => {
  it.each([
    ['hur har antalet anställda förändrats sedan december?', 'Förändring sedan december 2024: −6 st'],
    ['how has the number of employees changed since December?', 'Change since December 2024: −6'],
  ])('is stated when that time is asked about: %s', async (question, shown) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain(shown);
  });

  it('is not added when nothing earlier is asked about', async () => {
    const answer = await ask(store(), 'hur många anställda har vi?', HOME);
    expect(plain(answer)).toContain('412');
    expect(plain(answer)).not.toContain('−6');
  });
});

describe('the period budget named', () => {
  it('is no_data when the line has neither a period budget nor a period deviation', async () => {
    const answer = await ask(store(), 'årets resultat mot periodbudgeten?', HOME);
    expect(answer.status).toBe('no_data');
    expect(plain(answer)).toContain('periodbudget');
    expect(plain(answer)).toContain('helårsprognos');
  });

  it('still answers "hittills" with the outcome when no period budget was named', async () => {
    const answer = await ask(store(), 'hur ser årets resultat ut hittills?', HOME);
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('37,7');
  });
});

describe('a year-end question', () => {
  it('reads "i slutet av året" as the full-year forecast', async () => {
    const answer = await ask(store(), 'hur många anställda i slutet av året?', HOME);
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.measure)).toEqual(['forecast']);
    expect(plain(answer)).toContain('430');
  });
});
