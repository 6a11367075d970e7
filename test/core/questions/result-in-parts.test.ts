// A unit that reports its result in parts, each saying which ("Resultat drift", "Resultat projekt"):
// "resultatet" names the parts alike and is asked back; a question that says the part, or a unit whose
// one line is the word alone beside lines that qualify it, is answered.
import { describe, expect, it } from 'vitest';
import { MemoryFigureStore, ask, figure, item, organisation } from './memory-figure-store.js';

const ORGANISATIONS = [organisation(1, 'Servicenämnden', 'board', null, 'mnkr'), organisation(2, 'Nätverk och drift', 'department', 1, 'mnkr'), organisation(3, 'Vårdcentralerna', 'department', 1, 'mnkr')];
const ITEMS = [
  item(10, 2, 'Resultat drift', 'result'),
  item(11, 2, 'Resultat projekt', 'result'),
  item(20, 3, 'Nettokostnad', 'result'),
  item(21, 3, 'Nettokostnad före statsbidrag', 'result'),
];
const FIGURES = [
  figure(10, '2024-09', 'deviation', '2.4'),
  figure(11, '2024-09', 'deviation', '-0.7'),
  figure(20, '2024-09', 'actual', '-40.0'),
  figure(20, '2024-09', 'budget', '-41.0'),
  figure(21, '2024-09', 'actual', '-44.0'),
  figure(21, '2024-09', 'budget', '-45.0'),
];
const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, []);

describe('a result reported in parts', () => {
  it.each(['hur ser resultatet ut för nätverk och drift?', 'nätverk och drift, resultat per sept?', "what's the resultat at nätverk och drift"])('%j asks which part', async (question) => {
    const answer = await ask(store(), question, 'Servicenämnden');
    expect(answer.status).toBe('clarify');
    expect(answer.text).toContain('Resultat drift');
    expect(answer.text).toContain('Resultat projekt');
  });

  it('answers the part the question says', async () => {
    const answer = await ask(store(), 'nätverk och drift, resultat för projekt?', 'Servicenämnden');
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.item)).toEqual(['Resultat projekt']);
  });

  it('answers the line that is the word alone beside lines that qualify it', async () => {
    const answer = await ask(store(), 'vårdcentralernas nettokostnad?', 'Servicenämnden');
    expect(answer.status).toBe('answered');
    expect(new Set(answer.facts.map((fact) => fact.item))).toEqual(new Set(['Nettokostnad']));
  });
});
