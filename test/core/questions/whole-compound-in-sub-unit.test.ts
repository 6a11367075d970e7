// "Hemtjänsttimmarna" asked at a parent whose own line has only the compound's first part
// ("Välfärdsteknik hemtjänst") while a sub-unit reports the whole word ("Beviljade
// hemtjänsttimmar"): the sub-unit's line is meant, said as the sub-unit's.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Omsorgsnämnden Åsby';
const ORGANISATIONS = [organisation(1, HOME, 'administration', null, 'tkr'), organisation(2, 'Hemtjänst Åsby', 'unit', 1, 'tkr'), organisation(3, 'Boende Åsby', 'unit', 1, 'tkr')];
const ITEMS = [
  item(10, 1, 'Nettokostnad', 'cost'),
  item(11, 1, 'Trygghetslarm hemtjänst', 'investment'),
  item(20, 2, 'Nettokostnad', 'cost'),
  item(21, 2, 'Utförda hemtjänsttimmar', 'kpi'),
  item(30, 3, 'Nettokostnad', 'cost'),
  item(31, 3, 'Beläggningsgrad boendeplatser', 'kpi'),
];
const FIGURES = [
  ...[10, 11, 20, 30].flatMap((line) => [figure(line, '2026-06', 'actual', '120', 'tkr', 0), figure(line, '2026-06', 'budget', '100', 'tkr', 0)]),
  figure(21, '2026-06', 'actual', '5400', 'st', 0),
  figure(21, '2026-06', 'target', '5000', 'st', 0),
  figure(31, '2026-06', 'actual', '94', '%', 0),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a compound named whole by a sub-unit line', () => {
  it.each(['hemtjänsttimmarna mot målet?', 'how are the hemtjänsttimmar vs target', 'hur många hemtjänsttimmar har utförts?'])('%j answers the sub-unit line', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect([...new Set(answer.facts.map((fact) => `${fact.org}/${fact.item}`))]).toEqual(['Hemtjänst Åsby/Utförda hemtjänsttimmar']);
  });

  it('keeps the home line the question names in full', async () => {
    const answer = await ask(store(), 'trygghetslarm hemtjänst mot budget?', HOME);
    expect([...new Set(answer.facts.map((fact) => fact.item))]).toEqual(['Trygghetslarm hemtjänst']);
  });
});
