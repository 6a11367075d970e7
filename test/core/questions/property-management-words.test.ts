// The everyday words of a property administration and of vehicles name its lines: electricity
// ("elen", "el-kostnaderna", "el" beside a cost or forecast word, never "X el Y" for "eller"),
// heating, water and sewage ("va-kostnaden"), energy use, vacancy and planned or emergency
// maintenance; a unit asked about is never answered by the parent's line that names a sibling.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Lokalförsörjningen Sjöbo';
const ORGANISATIONS = [
  organisation(1, HOME, 'administration', null, 'mnkr'),
  { ...organisation(2, 'Driftområde Östra kusten', 'unit', 1, 'mnkr'), aliases: ['Östra kusten'] },
  { ...organisation(3, 'Driftområde Västra kusten', 'unit', 1, 'mnkr'), aliases: ['Västra kusten'] },
];
const LINES = [
  item(10, 1, 'Resultat', 'result'),
  item(11, 1, 'Driftkostnader fastigheter', 'cost'),
  item(12, 1, 'Elenergi och elnät', 'cost', 11),
  item(13, 1, 'Uppvärmning', 'cost', 11),
  item(14, 1, 'Vatten och avlopp', 'cost', 11),
  item(15, 1, 'Underhåll enligt plan', 'cost'),
  item(16, 1, 'Felavhjälpande underhåll', 'cost'),
  item(17, 1, 'Energieffektivisering Västra kusten', 'investment'),
  item(18, 1, 'Energianvändning, kWh/m2', 'kpi'),
  item(19, 1, 'Vakansgrad lokaler', 'kpi'),
  item(20, 2, 'Resultat', 'result'),
  item(30, 3, 'Resultat', 'result'),
];
const money = [10, 11, 12, 13, 14, 15, 16, 20, 30].flatMap((line) => [figure(line, '2026-09', 'actual', `${line}.5`), figure(line, '2026-09', 'budget', `${line}.0`), figure(line, '2026-09', 'forecast', `${line + 1}.5`), figure(line, '2026-09', 'budget_full_year', `${line + 1}.0`)]);
const others = [figure(17, '2026-09', 'actual', '4.2'), figure(17, '2026-09', 'forecast', '6.0'), figure(18, '2026-09', 'actual', '150.0', 'index'), figure(18, '2026-09', 'target', '140.0', 'index'), figure(19, '2026-09', 'actual', '2.5', '%'), figure(19, '2026-09', 'target', '2.0', '%')];
const store = () => new MemoryFigureStore(ORGANISATIONS, LINES, [...money, ...others], []);
const lineOf = async (question: string) => {
  const answer = await ask(store(), question, HOME);
  return { status: answer.status, lines: [...new Set(answer.facts.map((fact) => fact.item))] };
};

describe('the words of property management', () => {
  it.each(['hur mycket har elen kostat?', 'el-kostnaderna mot budget', 'el prognos?', 'electricity ytd', 'elpriset hittills?', 'power bill forecast'])('%j is the electricity line', async (question) => {
    expect(await lineOf(question)).toEqual({ status: 'answered', lines: ['Elenergi och elnät'] });
  });

  it.each(['värmen hittills?', 'uppvärmningen prognos', 'heating vs budget'])('%j is the heating line', async (question) => {
    expect(await lineOf(question)).toEqual({ status: 'answered', lines: ['Uppvärmning'] });
  });

  it.each(['va-kostnaden prognos?', 'va-kostnaderna hittills'])('%j is water and sewage', async (question) => {
    expect(await lineOf(question)).toEqual({ status: 'answered', lines: ['Vatten och avlopp'] });
  });

  it.each(['energy use vs target?', 'energiförbrukningen?'])('%j is the energy-use KPI', async (question) => {
    expect(await lineOf(question)).toEqual({ status: 'answered', lines: ['Energianvändning, kWh/m2'] });
  });

  it.each(['vakansen?', 'vacancy rate vs target'])('%j is the vacancy KPI', async (question) => {
    expect(await lineOf(question)).toEqual({ status: 'answered', lines: ['Vakansgrad lokaler'] });
  });

  it('reads emergency maintenance as the line for it', async () => {
    expect(await lineOf('reactive maintenance ytd')).toEqual({ status: 'answered', lines: ['Felavhjälpande underhåll'] });
  });

  it('answers energy use in English when asked in English', async () => {
    expect((await ask(store(), 'energy use?', HOME)).language).toBe('en');
  });

  it('keeps "X el Y" as "eller": no electricity read', async () => {
    const answer = await lineOf('hur går uppvärmningen el vattnet?');
    expect(answer.lines).not.toContain('Elenergi och elnät');
  });

  it('never answers a unit with the parent line that names its sibling', async () => {
    const answer = await ask(store(), 'energy measures at Östra kusten?', HOME);
    expect(answer.status).toBe('no_data');
    expect(answer.facts.map((fact) => fact.item)).not.toContain('Energieffektivisering Västra kusten');
  });
});

describe('the words for vehicles', () => {
  const FLEET = 'Räddningstjänsten Sjöbo';
  const fleetStore = () =>
    new MemoryFigureStore(
      [organisation(5, FLEET, 'administration', null, 'tkr')],
      [item(50, 5, 'Nettokostnad', 'cost'), item(51, 5, 'Fordon och bränsle', 'cost'), item(52, 5, 'Personalkostnader', 'cost')],
      [50, 51, 52].flatMap((line) => [figure(line, '2026-08', 'actual', `${line}00`, 'tkr', 0), figure(line, '2026-08', 'budget', `${line}10`, 'tkr', 0), figure(line, '2026-08', 'forecast', `${line}50`, 'tkr', 0), figure(line, '2026-08', 'budget_full_year', `${line}40`, 'tkr', 0)]),
      [],
    );
  it.each(['fordonskostnaderna prognos?', 'bilarna hittills?', 'drivmedlet mot budget', 'fuel ytd', 'vehicle costs forecast'])('%j is the vehicle line', async (question) => {
    const answer = await ask(fleetStore(), question, FLEET);
    expect(answer.status).toBe('answered');
    expect([...new Set(answer.facts.map((fact) => fact.item))]).toEqual(['Fordon och bränsle']);
  });
});
