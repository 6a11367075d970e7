// A report whose units are instances of a class ("trafikslag": bus, rail, ferry; "verksamhetsgrenar";
// "kostnadsställen") is ranked by that class word: "vilket trafikslag går sämst?", "which transport
// mode is furthest over budget?". The class word ranks the units only; an account line with a larger
// deviation at the top level (the contracts) is no trafikslag and stays out of the list.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const HOME = 'Trafikförvaltningen Ösby';
const ORGANISATIONS = [
  organisation(1, HOME, 'administration', null, 'tkr'),
  organisation(2, 'Busstrafik Ösby', 'department', 1, 'tkr'),
  organisation(3, 'Pendeltåg Ösby', 'department', 1, 'tkr'),
  organisation(4, 'Båttrafik Ösby', 'department', 1, 'tkr'),
];
const ITEMS = [item(10, 1, 'Nettokostnad', 'cost'), item(11, 1, 'Entreprenadavtal', 'cost'), item(20, 2, 'Nettokostnad', 'cost'), item(30, 3, 'Nettokostnad', 'cost'), item(40, 4, 'Nettokostnad', 'cost')];
const money = (line: number, actual: string, budget: string) => [figure(line, '2026-06', 'actual', actual, 'tkr', 0), figure(line, '2026-06', 'budget', budget, 'tkr', 0)];
const FIGURES = [...money(10, '-300000', '-280000'), ...money(11, '-150000', '-120000'), ...money(20, '-90000', '-80000'), ...money(30, '-60000', '-57000'), ...money(40, '-20000', '-21000')];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a ranking named by the class its units belong to', () => {
  it.each([
    'vilket trafikslag går sämst mot budget?',
    'vilka trafikslag har störst underskott',
    'vilken verksamhetsgren avviker mest?',
    'vilket kostnadsställe ligger sämst till',
    'which transport mode is furthest over budget?',
    'which modes of transport have the biggest deficit',
    'which cost centre is worst against budget?',
    'vilka trafikformer avviker mest mot budget',
    'rank the traffic types by deviation',
    'which type of traffic is over budget?',
  ])('%j ranks the units, not the account lines', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    const text = plain(answer);
    expect(text).toContain('Busstrafik Ösby');
    expect(text).toContain('Pendeltåg Ösby');
    expect(text).not.toContain('Entreprenadavtal');
  });
});
