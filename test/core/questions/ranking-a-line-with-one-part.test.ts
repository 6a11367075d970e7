// A line with one sub-line ("Inhyrd personal", varav "Hyrläkare") is not broken down by it:
// the sub-line is a part said apart. A ranking of lines ranks the line among its peers and
// leaves the part out, as it does a full breakdown's parent the other way round.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Hälsocentralerna Västby';
const ORGANISATIONS = [organisation(1, HOME, 'administration', null, 'tkr')];
const ITEMS = [
  item(10, 1, 'Bemanningsföretag', 'cost'),
  item(11, 1, 'Stafettsjuksköterskor', 'cost', 10),
  item(12, 1, 'Läkemedel', 'cost'),
  item(13, 1, 'Lokaler', 'cost'),
  item(14, 1, 'Lokalhyror', 'cost', 13),
  item(15, 1, 'Lokalvård', 'cost', 13),
];
const FIGURES = [
  figure(10, '2026-06', 'actual', '-9000', 'tkr', 0),
  figure(10, '2026-06', 'budget', '-3000', 'tkr', 0),
  figure(11, '2026-06', 'actual', '-5000', 'tkr', 0),
  figure(11, '2026-06', 'budget', '-2000', 'tkr', 0),
  figure(12, '2026-06', 'actual', '-4000', 'tkr', 0),
  figure(12, '2026-06', 'budget', '-3500', 'tkr', 0),
  figure(13, '2026-06', 'actual', '-6000', 'tkr', 0),
  figure(13, '2026-06', 'budget', '-5000', 'tkr', 0),
  figure(14, '2026-06', 'actual', '-4400', 'tkr', 0),
  figure(14, '2026-06', 'budget', '-4000', 'tkr', 0),
  figure(15, '2026-06', 'actual', '-1600', 'tkr', 0),
  figure(15, '2026-06', 'budget', '-1000', 'tkr', 0),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a ranking beside a line with one part', () => {
  it.each(['vilken post drar mest över budget hittills?', 'which line is most over budget so far?'])('%j ranks the line, not its one part', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(answer.text).toMatch(/1\. Bemanningsföretag: 6\s000\stkr/);
    expect(answer.text).not.toContain('Stafettsjuksköterskor');
  });

  it('a line broken into several parts is still ranked by its parts', async () => {
    const answer = await ask(store(), 'vilken post drar mest över budget hittills?', HOME);
    expect(answer.text).toContain('Lokalvård');
    expect(answer.text).not.toMatch(/\d\. Lokaler:/);
  });
});
