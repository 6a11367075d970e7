// A word for key figures ("nyckeltal", "KPI", "indikator"), alone or as a compound's last part, asks for
// the KPIs on what the rest names: a money line of that name never answers it; two such KPIs are asked back.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Åby kommun', 'municipality', null, 'tkr'), organisation(2, 'Omsorgsförvaltningen Åby', 'administration', 1, 'tkr')];
const ITEMS = [
  item(10, 2, 'Nettokostnad', 'result'),
  item(11, 2, 'Färdtjänst', 'cost'),
  item(12, 2, 'Färdtjänstresor per månad', 'kpi'),
  item(13, 2, 'Andel färdtjänstresor i tid', 'kpi'),
  item(14, 2, 'Bostadsanpassning', 'cost'),
  item(15, 2, 'Handläggningstid bostadsanpassning', 'kpi'),
];
const FIGURES = [
  figure(10, '2026-06', 'actual', '-9000', 'tkr', 0),
  figure(11, '2026-06', 'actual', '-1200', 'tkr', 0),
  figure(11, '2026-06', 'budget', '-1100', 'tkr', 0),
  figure(12, '2026-06', 'actual', '5300', 'st', 0),
  figure(13, '2026-06', 'actual', '91', '%', 0),
  figure(14, '2026-06', 'actual', '-800', 'tkr', 0),
  figure(15, '2026-06', 'actual', '42', 'st', 0),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a word for key figures', () => {
  it.each(['färdtjänstnyckeltalen?', 'nyckeltal för färdtjänst?', 'färdtjänst kpi:er?', 'any färdtjänst indicators?'])('%j asks which of the KPIs', async (question) => {
    const answer = await ask(store(), question, 'Omsorgsförvaltningen Åby');
    expect(answer.status).toBe('clarify');
    expect(answer.options).toEqual(expect.arrayContaining(['Färdtjänstresor per månad', 'Andel färdtjänstresor i tid']));
    expect(answer.options).not.toContain('Färdtjänst');
  });

  it.each(['bostadsanpassningsnyckeltalet?', 'bostadsanpassning kpi'])('%j answers the one KPI', async (question) => {
    const answer = await ask(store(), question, 'Omsorgsförvaltningen Åby');
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.item)).toEqual(['Handläggningstid bostadsanpassning']);
  });

  it('leaves the money line to a question without one', async () => {
    const answer = await ask(store(), 'bostadsanpassning utfall?', 'Omsorgsförvaltningen Åby');
    expect(answer.facts.map((fact) => fact.item)).toContain('Bostadsanpassning');
  });
});
