// "What's driving the overrun?", "what is driving our deficit": asking what drives a deviation
// asks for its causes, as "why" does; the notes on the line are the answer.
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/core/figures/period.js';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const HOME = 'Servicenämnden Norrby';
const ITEMS = [item(10, 1, 'Resultat', 'result'), item(11, 1, 'Ekonomisystemet UNIT4', 'cost')];
const FIGURES = [10, 11].flatMap((line) => [figure(line, '2026-06', 'actual', '-4'), figure(line, '2026-06', 'budget', '1')]);
const note = (id: number, lineItemId: number, text: string) => ({ id, organisationId: 1, lineItemId, period: parsePeriod('2026-06'), text, author: 'Ekonomienheten', source: 'Månadsrapport juni 2026', createdAt: new Date(0) });
const store = () => new MemoryFigureStore([organisation(1, HOME, 'board', null, 'mnkr')], ITEMS, FIGURES, [note(1, 11, 'Licenskostnaderna för UNIT4 har stigit mer än väntat.'), note(2, 10, 'Resultatet är i övrigt i nivå med budget.')]);

describe('causes asked as what drives a deviation', () => {
  it.each(["what's driving the UNIT4 overrun?", 'what is driving the unit4 deficit?', 'unit4, what are the drivers?'])('%j quotes the line\'s note', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(answer.quotes.map((quote) => quote.text)).toContain('Licenskostnaderna för UNIT4 har stigit mer än väntat.');
  });
});
