// Chat fillers ask for nothing: "… i mean", "helåret menar jag", "snabb koll/status" are how people
// write, not lines the report lacks. And the words of a ranking ("worst", "best performing unit")
// are English only: a question made of them and a name is answered in English.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/core/questions/detect-language.js';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Servicenämnden Åby', 'board', null, 'mnkr'), organisation(2, 'Städenheten Åby', 'unit', 1, 'mnkr')];
const ITEMS = [item(10, 1, 'Resultat', 'result'), item(20, 2, 'Resultat', 'result')];
const FIGURES = [
  figure(10, '2026-06', 'actual', '4.2'),
  figure(10, '2026-06', 'budget', '5.0'),
  figure(10, '2026-06', 'forecast', '7.5'),
  figure(10, '2026-06', 'budget_full_year', '10.0'),
  figure(20, '2026-06', 'actual', '1.1'),
  figure(20, '2026-06', 'budget', '1.0'),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('chat fillers', () => {
  it.each(['how are we doing vs budget? the whole year i mean', 'hur går det mot budget, helåret menar jag', 'snabb status tack', 'en snabb lägesbild?'])(
    '%j answers with the asker\'s result',
    async (question) => {
      const answer = await ask(store(), question, 'Servicenämnden Åby');
      expect(answer.status).toBe('answered');
      expect(plain(answer)).toContain('Servicenämnden Åby');
    },
  );
});

describe('ranking words mark English', () => {
  it.each(['worst performing unit at Städenheten?', 'best unit in Servicenämnden?', 'weakest performance, Servicenämnden?'])('%j is English', (question) => {
    expect(detectLanguage(question)).toBe('en');
  });
});
