// A Swedish report writes hired doctors as one compound ("Hyrläkare", a varav line under "Inhyrd
// personal") and doctors' visits as another ("Läkarbesök"); an English question says them in two
// words ("locum doctors", "physician visits"). The glossary gives each compound as a whole, so the
// line is answered where the report has it, and where it has no such compound the question is no_data
// or the hired staff's line, never a line that only shares one of the two words.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOSPITAL = 'Sjukhusområdet Norrby';
const PRIMARY_CARE = 'Vårdcentralerna Norrby';
const BOARD = 'Vårdnämnden Norrby';
const ORGANISATIONS = [organisation(1, HOSPITAL, 'administration', null, 'tkr'), organisation(2, PRIMARY_CARE, 'administration', null, 'tkr'), organisation(3, BOARD, 'board', null, 'tkr')];
const ITEMS = [
  item(10, 1, 'Inhyrd personal', 'cost'),
  item(11, 1, 'Hyrläkare', 'cost', 10),
  item(12, 1, 'Läkarbesök', 'kpi'),
  item(13, 1, 'Vårdtillfällen', 'kpi'),
  item(20, 2, 'Tillgänglighet besök inom 3 dagar', 'kpi'),
  item(21, 2, 'Andel hyrläkare', 'kpi'),
  item(30, 3, 'Personalkostnader', 'cost'),
  item(31, 3, 'Inhyrd personal', 'cost'),
];
const money = (id: number, actual: string) => [
  figure(id, '2026-06', 'actual', actual, 'tkr', 0),
  figure(id, '2026-06', 'budget', '-1000', 'tkr', 0),
  figure(id, '2026-06', 'forecast', '-2600', 'tkr', 0),
  figure(id, '2026-06', 'budget_full_year', '-2000', 'tkr', 0),
];
const kpi = (id: number, actual: string, unit: '%' | 'st') => [figure(id, '2026-06', 'actual', actual, unit, 0), figure(id, '2026-06', 'target', actual, unit, 0)];
const FIGURES = [...money(10, '-1500'), ...money(11, '-1200'), ...kpi(12, '91000', 'st'), ...kpi(13, '12000', 'st'), ...kpi(20, '71', '%'), ...kpi(21, '9', '%'), ...money(30, '-9000'), ...money(31, '-800')];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const lines = async (question: string, home: string) => {
  const answer = await ask(store(), question, home);
  return { status: answer.status, lines: [...new Set(answer.facts.map((fact) => fact.item))] };
};

describe('hired doctors and doctor visits in an English question', () => {
  it.each(['locum doctors vs budget?', 'what will the hired doctors cost for the full year?', 'contract doctors ytd'])('%j answers the Hyrläkare line, not its parent', async (question) => {
    expect(await lines(question, HOSPITAL)).toEqual({ status: 'answered', lines: ['Hyrläkare'] });
  });

  it('answers the hired staff where no line is the hired doctors', async () => {
    expect(await lines('locum physicians full-year forecast?', BOARD)).toEqual({ status: 'answered', lines: ['Inhyrd personal'] });
  });

  it.each(['physician visits vs target?', 'how many doctor visits so far?'])('%j answers Läkarbesök', async (question) => {
    expect(await lines(question, HOSPITAL)).toEqual({ status: 'answered', lines: ['Läkarbesök'] });
  });

  it('is no_data where the report counts no doctor visits, not the share of visits within three days', async () => {
    expect((await lines('how many doctor visits did we have?', PRIMARY_CARE)).status).toBe('no_data');
  });
});
