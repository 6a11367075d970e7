// An abbreviation a line's name writes in capitals names the line however short ("LED" of
// "LED-belysning gator", "VAS" of "VAS produktionsmiljö"); words of moving name no line.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Västby kommun', 'municipality', null, 'tkr'), organisation(2, 'Tekniska förvaltningen Västby', 'administration', 1, 'tkr')];
const ITEMS = [item(100, 2, 'Nettokostnad', 'result'), item(101, 2, 'Summa investeringar', 'investment', null, 'lines'), item(102, 2, 'LED-belysning gator', 'investment', 101), item(103, 2, 'Ny bro Ån', 'investment', 101)];
const FIGURES = [
  figure(100, '2025-05', 'forecast', '9000', 'tkr', 0),
  figure(100, '2025-03', 'forecast', '8600', 'tkr', 0),
  figure(101, '2025-05', 'forecast', '12000', 'tkr', 0),
  figure(102, '2025-05', 'forecast', '3600', 'tkr', 0),
  figure(102, '2025-05', 'budget_full_year', '3200', 'tkr', 0),
  figure(103, '2025-05', 'forecast', '8400', 'tkr', 0),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);
const HOME = 'Tekniska förvaltningen Västby';

describe('a short abbreviation in a line name', () => {
  it.each(['LED prognos?', 'LED project overrun?'])('finds the line for %j', async (question) => {
    const answer = await ask(store(), question, HOME);
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.item)).toContain('LED-belysning gator');
  });

  it('reads "how much has the forecast moved since march?" as the forecast change, naming no line', async () => {
    const answer = await ask(store(), 'how much has the forecast moved since march?', HOME);
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('400');
  });
});
