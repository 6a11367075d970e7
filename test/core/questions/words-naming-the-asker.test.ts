// Words that name the asker's own organisation and none of its lines ("HR" at Gemensamma tjänster – HR,
// "gatupark" at Gata och park, "fritidsgårdarnas" at Fritidsgårdar) say whose figures, not which line.
import { describe, expect, it } from 'vitest';
import type { NoteRecord } from '../../../src/core/figures/records.js';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Åby kommun', 'municipality', null, 'tkr'),
  organisation(2, 'Gata och park Åby', 'business_area', 1, 'tkr'),
  organisation(3, 'Gemensamma tjänster – HR Åby', 'department', 1, 'tkr'),
  organisation(4, 'Fritidsgårdar Åby', 'unit', 1, 'tkr'),
];
const ITEMS = [item(90, 2, 'Nettokostnad', 'result'), item(91, 3, 'Resultat', 'result'), item(92, 4, 'Nettokostnad', 'result'), item(93, 4, 'Antal besök fritidsgårdar', 'kpi')];
const FIGURES = [
  figure(90, '2025-06', 'forecast', '4260', 'tkr', 0),
  figure(90, '2025-06', 'budget_full_year', '3840', 'tkr', 0),
  figure(91, '2025-06', 'deviation', '550', 'tkr', 0),
  figure(92, '2025-06', 'actual', '794', 'tkr', 0),
  figure(92, '2025-06', 'budget', '750', 'tkr', 0),
  figure(93, '2025-06', 'actual', '9850', 'st', 0),
];
const NOTES: NoteRecord[] = [{ id: 1, organisationId: 4, lineItemId: 92, period: { year: 2025, month: 6 }, text: 'Underskottet beror på extra personal på kvällstid.', author: 'Delårsrapport juni 2025', source: 'rapport.txt', createdAt: new Date(0) }];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, NOTES);

describe('words that name the asker', () => {
  it('answers "gatupark helårsprognos" at Gata och park with its own result', async () => {
    const answer = await ask(store(), 'gatupark helårsprognos', 'Gata och park Åby');
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('4 260');
  });

  it('answers "how\'s our HR unit doing?" at the HR department with its own result', async () => {
    const answer = await ask(store(), "how's our HR unit doing?", 'Gemensamma tjänster – HR Åby');
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.item)).toContain('Resultat');
  });

  it('answers a why about the asker named in the genitive, not asking which line', async () => {
    const answer = await ask(store(), 'vad beror fritidsgårdarnas minus på', 'Fritidsgårdar Åby');
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('extra personal på kvällstid');
  });
});
