// Reports call guarding "Bevakning"/"Bevakningskostnader"; people say "security guards",
// "guards", "väktarna", "vakterna". The security concept's words hold them, so the line is
// found in either language.
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/core/figures/period.js';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Regionservice Norrby';
const ORGANISATIONS = [organisation(1, HOME, 'administration', null, 'mnkr')];
const ITEMS = [item(10, 1, 'Resultat', 'result'), item(11, 1, 'Bevakningskostnader', 'cost'), item(12, 1, 'Lokalkostnader', 'cost')];
const FIGURES = [10, 11, 12].flatMap((line, index) => [figure(line, '2026-06', 'forecast', String(30 + index * 10)), figure(line, '2026-06', 'budget_full_year', String(28 + index * 10))]);
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('security guard words', () => {
  it.each(['security guards, forecast?', 'what are the guards forecast to cost?', 'väktarna, prognos?', 'vad kostar vakterna på helåret?'])('%j answers Bevakningskostnader', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect([...new Set(answer.facts.map((fact) => fact.item))]).toEqual(['Bevakningskostnader']);
  });
});

// "Costing" is the verb of cost: it says what is asked of the line, it names no line of its own.
describe('"costing" beside a line\'s words', () => {
  it.each(['what are the guards costing us this year?', 'are the security guards costing more than planned?'])('%j answers Bevakningskostnader', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect([...new Set(answer.facts.map((fact) => fact.item))]).toEqual(['Bevakningskostnader']);
  });
});

describe('"costing" in a question why', () => {
  // The guarding line is a department's, below the asker, as in a region's staff office.
  const organisations = [...ORGANISATIONS, organisation(2, 'Säkerhetsenheten Norrby', 'department', 1, 'mnkr')];
  const items = [item(10, 1, 'Resultat', 'result'), item(11, 2, 'Bevakningskostnader', 'cost'), item(12, 1, 'Övriga avvikelser', 'result')];
  const note = (id: number, organisationId: number, lineItemId: number, text: string) => ({ id, organisationId, lineItemId, period: parsePeriod('2026-06'), text, author: 'Ekonomienheten', source: 'Månadsrapport juni 2026', createdAt: new Date(0) });
  const withNotes = () => new MemoryFigureStore(organisations, items, FIGURES, [note(1, 1, 10, 'Resultatet påverkas främst av vakanta tjänster.'), note(2, 2, 11, 'Bevakningen har utökats efter flera inbrott under våren.'), note(3, 1, 12, 'Övriga avvikelser är små.')]);

  it.each(['why r the guards costing more than budgeted?', 'why are the security guards costing us more?'])('%j quotes the guarding line\'s note, not the result\'s', async (question) => {
    const answer = await ask(withNotes(), question, HOME);
    expect(answer.quotes.map((quote) => quote.text)).toContain('Bevakningen har utökats efter flera inbrott under våren.');
    expect(answer.quotes.map((quote) => quote.text)).not.toContain('Resultatet påverkas främst av vakanta tjänster.');
  });
});
