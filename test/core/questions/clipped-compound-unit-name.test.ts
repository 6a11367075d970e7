// "säkavd prognos?": controllers clip a one-word unit name part by part, keeping the first letters of
// each part of the compound ("säk|avd" for Säkerhets|avdelningen, "kundtj|enh" for
// Kundtjänst|enheten). Such a word names the one unit of the asker's tree it clips so, with or
// without a label's colon; a word that only begins a name is no such clipping.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Regionstaben Nordvik';
const ORGANISATIONS = [
  organisation(1, HOME, 'administration', null, 'mnkr'),
  organisation(2, 'Säkerhetsavdelningen', 'department', 1, 'mnkr'),
  organisation(3, 'Kommunikationsavdelningen', 'department', 1, 'mnkr'),
  organisation(4, 'Kundtjänstenheten', 'unit', 1, 'mnkr'),
];
const ITEMS = [item(10, 1, 'Resultat', 'result'), item(20, 2, 'Resultat', 'result'), item(30, 3, 'Resultat', 'result'), item(40, 4, 'Resultat', 'result')];
const money = (line: number, actual: string, forecast: string) => [figure(line, '2026-06', 'actual', actual, 'mnkr', 1), figure(line, '2026-06', 'forecast', forecast, 'mnkr', 1), figure(line, '2026-06', 'budget_full_year', '0', 'mnkr', 1)];
const FIGURES = [...money(10, '5.0', '4.0'), ...money(20, '-1.3', '-2.7'), ...money(30, '0.4', '0.6'), ...money(40, '0.9', '1.1')];
const answerTo = (question: string) => ask(new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []), question, HOME);

describe('a unit name clipped part by part', () => {
  it.each([
    ['säkavd prognos?', 'Säkerhetsavdelningen'],
    ['hur går det för komavd?', 'Kommunikationsavdelningen'],
    ['kundtjenh: resultat hittills?', 'Kundtjänstenheten'],
  ])('%j answers for %s', async (question, unit) => {
    const answer = await answerTo(question);
    expect(answer.status).toBe('answered');
    expect([...new Set(answer.facts.map((fact) => fact.org))]).toEqual([unit]);
  });
});
