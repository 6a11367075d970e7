// Words that a KPI's name writes must reach the KPI even where other names resemble them:
// - "tillgänglighetsgraden deltid?" at a federation whose own line "Lönekostnader heltid" is one letter
//   from "deltid", while its part-time crews report "Tillgänglighetsgrad deltid": the question writes
//   every word of that line, so it is answered (as the crews' figure), not the resembling cost line;
// - a plural ("sjuktransporterna", "utryckningar") counts things of a sort and never names the unit
//   whose compound name begins with the word (Sjuktransportavdelningen, Utryckningsenheten).
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Räddningsförbundet Västby';
const ORGANISATIONS = [
  organisation(1, HOME, 'administration', null, 'tkr'),
  organisation(2, 'Deltidskårerna Västby', 'unit', 1, 'tkr'),
  organisation(3, 'Sjuktransportavdelningen Västby', 'department', 1, 'tkr'),
  organisation(4, 'Utryckningsenheten Västby', 'department', 1, 'tkr'),
];
const ITEMS = [
  item(10, 1, 'Lönekostnader heltid', 'cost'),
  item(11, 1, 'Antal sjuktransporter', 'kpi'),
  item(12, 1, 'Antal räddningsinsatser', 'kpi'),
  item(20, 2, 'Nettokostnad', 'cost'),
  item(21, 2, 'Tillgänglighetsgrad deltid', 'kpi'),
  item(30, 3, 'Nettokostnad', 'cost'),
  item(40, 4, 'Nettokostnad', 'cost'),
];
const money = (line: number, actual: string, budget: string) => [figure(line, '2026-09', 'actual', actual, 'tkr', 0), figure(line, '2026-09', 'budget', budget, 'tkr', 0)];
const FIGURES = [
  ...money(10, '52000', '50000'),
  figure(11, '2026-09', 'actual', '2310', 'st', 0),
  figure(11, '2026-09', 'prior_year_actual', '2250', 'st', 0),
  figure(12, '2026-09', 'actual', '905', 'st', 0),
  figure(12, '2026-09', 'prior_year_actual', '870', 'st', 0),
  ...money(20, '18000', '17000'),
  figure(21, '2026-09', 'actual', '81', '%', 0),
  figure(21, '2026-09', 'target', '90', '%', 0),
  ...money(30, '9000', '9400'),
  ...money(40, '30000', '29000'),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const linesOf = (answer: Awaited<ReturnType<typeof ask>>) => [...new Set(answer.facts.map((fact) => fact.item))];

describe('a KPI named in full at a sub-unit', () => {
  it.each(['tillgänglighetsgraden deltid?', 'hur är tillgänglighetsgrad deltid mot målet'])('%j answers the crews’ KPI, not the resembling cost line', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(linesOf(answer)).toEqual(['Tillgänglighetsgrad deltid']);
    expect(answer.facts.every((fact) => fact.org === 'Deltidskårerna Västby')).toBe(true);
  });

  it('a home line the question names in full is still answered', async () => {
    const answer = await ask(store(), 'lönekostnader heltid mot budget', HOME);
    expect(linesOf(answer)).toEqual(['Lönekostnader heltid']);
  });
});

describe('a plural counts, it names no unit', () => {
  it.each(['sjuktransporterna hittills i år jmf ifjol?', 'hur många sjuktransporter har vi haft'])('%j answers the count of patient transports', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(linesOf(answer)).toEqual(['Antal sjuktransporter']);
  });

  it.each(['antal utryckningar i år jmf ifjol', 'utryckningarna hittills?'])('%j answers the count of call-outs', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(linesOf(answer)).toEqual(['Antal räddningsinsatser']);
  });

  it('the unit named by its own word is still the unit', async () => {
    const answer = await ask(store(), 'hur går det för utryckningsenheten?', HOME);
    expect(answer.facts.every((fact) => fact.org === 'Utryckningsenheten Västby')).toBe(true);
  });
});

describe('the people of a part-time crew', () => {
  it.each(['deltidarnas ersättning mot budget', 'deltidsbrandmännen utfall?'])('%j answers the part-time firefighters’ pay, not the staffing KPI', async (question) => {
    const local = new MemoryFigureStore(ORGANISATIONS, [...ITEMS, item(13, 1, 'Ersättning deltidsbrandmän', 'cost')], [...FIGURES, ...money(13, '6400', '6000')], []);
    const answer = await ask(local, question, HOME);
    expect(answer.status).toBe('answered');
    expect(linesOf(answer)).toEqual(['Ersättning deltidsbrandmän']);
  });
});
