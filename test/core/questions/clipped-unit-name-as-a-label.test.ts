// "expl: what's the result fcst?": a clipped word that heads a question as a label before a colon says
// whose figures are asked; there it names the one unit of the asker's whose name it clips. Without the
// colon a clipped word stays a clipping of the asker's own name or a line's word.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Åby kommun', 'municipality', null, 'tkr'),
  organisation(2, 'Samhällsbyggnadsnämnden Åby', 'board', 1, 'tkr'),
  organisation(3, 'Markexploateringsenheten', 'unit', 2, 'tkr'),
  organisation(4, 'Gatuavdelningen', 'unit', 2, 'tkr'),
];
const ITEMS = [
  item(10, 2, 'Årets resultat', 'result'),
  item(11, 2, 'Markförsäljning', 'income', 10),
  item(30, 3, 'Årets resultat', 'result'),
  item(40, 4, 'Årets resultat', 'result'),
];
const FIGURES = [
  figure(10, '2026-08', 'actual', '1200', 'tkr', 0),
  figure(10, '2026-08', 'forecast', '900', 'tkr', 0),
  figure(11, '2026-08', 'actual', '5400', 'tkr', 0),
  figure(30, '2026-08', 'actual', '-3100', 'tkr', 0),
  figure(30, '2026-08', 'forecast', '-4700', 'tkr', 0),
  figure(40, '2026-08', 'actual', '2300', 'tkr', 0),
  figure(40, '2026-08', 'forecast', '1800', 'tkr', 0),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Samhällsbyggnadsnämnden Åby';

describe('a clipped unit name as a label', () => {
  it.each([
    ['markexpl: what is the full-year result forecast?', 'Markexploateringsenheten', /4\s700/u],
    ['markexpl: hur landar resultatet?', 'Markexploateringsenheten', /4\s700/u],
    ['gatuavd: prognos för årets resultat?', 'Gatuavdelningen', /1\s800/u],
  ])('answers %j for the unit the label clips', async (question, unit, figureText) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(answer.text).toContain(unit);
    expect(answer.text).toMatch(figureText);
  });

  it('reads a clipped word with no colon as before', async () => {
    const answer = await ask(store(), 'markexpl resultat prognos?', HOME);
    expect(answer.text).not.toContain('Markexploateringsenheten');
  });
});
