// A size ranking of an organisation's lines ranks one level: the lines under the cost total, never one
// line's detail beside the lines at its own level (a sub-account of "Övriga kostnader" placed between
// Personalkostnader and Lokalhyror while Övriga kostnader itself went missing). Named, a line's own
// parts are what is ranked.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Byske kommun', 'municipality', null, 'tkr'), organisation(2, 'Servicenämnden Byske', 'board', 1, 'tkr')];
const ITEMS = [
  item(10, 2, 'Summa kostnader', 'cost', null, 'lines'),
  item(11, 2, 'Löner och arvoden', 'cost', 10),
  item(12, 2, 'Lokalhyror', 'cost', 10),
  item(13, 2, 'Diverse kostnader', 'cost', 10),
  item(14, 2, 'Telefoni', 'cost', 13),
  item(15, 2, 'Försäkringar', 'cost', 13),
  item(16, 2, 'Semesterlöneskuld', 'cost', 11),
];
const ACTUALS: [number, string][] = [[10, '-900'], [11, '-500'], [12, '-100'], [13, '-300'], [14, '-180'], [15, '-120']];
const FIGURES = [...ACTUALS.map(([id, value]) => figure(id, '2026-08', 'actual', value, 'tkr', 0)), figure(16, '2026-08', 'deviation', '-20', 'tkr', 0)];
const ranked = async (question: string) => {
  const answer = await ask(new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []), question, 'Servicenämnden Byske');
  expect(answer.status).toBe('answered');
  return plain(answer).split('\n').slice(1).map((line) => line.replace(/^\d+\. /, '').split(':')[0]);
};

describe('a size ranking of lines', () => {
  it.each(['rangordna kostnadsposterna, störst först', 'vilka är våra största kostnader?', 'biggest cost lines?'])('ranks the lines under the total, not one line’s detail: %j', async (question) => {
    expect(await ranked(question)).toEqual(['Löner och arvoden', 'Diverse kostnader', 'Lokalhyror']);
  });

  it('ranks a named line’s own parts', async () => {
    expect(await ranked('vilka diverse kostnader är störst?')).toEqual(['Telefoni', 'Försäkringar']);
  });
});
