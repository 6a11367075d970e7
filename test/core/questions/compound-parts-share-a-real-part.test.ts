import { describe, it, expect } from 'vitest';
import type { LineItemRecord } from '../../../src/core/figures/records.js';
import type { ItemKind } from '../../../src/core/figures/vocabulary.js';
import { foldText, foldedWords } from '../../../src/core/language/fold-text.js';
import { findLineItems } from '../../../src/core/questions/find-line-item.js';

let nextId = 1;
function item(name: string, kind: ItemKind): LineItemRecord {
  const id = nextId++;
  return { id, organisationId: 1, name, key: foldText(name), kind, parentId: null, sortOrder: id, better: kind === 'kpi' ? 'lower' : 'higher' };
}

const ITEMS: readonly LineItemRecord[] = [
  item('Lokalhyror', 'cost'),
  item('Städ', 'cost'),
  item('Energianvändning, kWh/kvm', 'kpi'),
  item('Tillbyggnad barntandvård Ekeby', 'investment'),
  item('Nöjd kundindex hyresgäster', 'kpi'),
  item('Antal elever i gymnasieskolan', 'kpi'),
];

const names = (question: string) => findLineItems(foldedWords(question), ITEMS).map((match) => match.item.name);

describe('a compound names a line only by a part it shares with the line', () => {
  it('does not read a first part that only begins a line word, nor a last part that only ends one, as those words', () => {
    // "lokal" begins "Lokalhyror" and "vård" ends "barntandvård": neither line is the premises' care.
    expect(names('hur går det med lokalvården?')).toEqual([]);
  });

  it('keeps the part a compound writes and drops a suffix read as the end of another line word', () => {
    // "-ningen" is no word: "städningen" is the cleaning line, not energy use ("energianvändning").
    expect(names('städningen i år')).toEqual(['Städ']);
  });

  it('still reads parts that each stand for a word of one line name', () => {
    expect(names('gymnasieelevantalet?')[0]).toBe('Antal elever i gymnasieskolan');
  });

  it('still reads a first part that begins one line word beside a concept of what it is', () => {
    const items = [item('Bredbandsutbyggnad i Ekeby', 'investment'), item('Summa investeringar', 'investment'), item('Lokalhyror', 'cost')];
    expect(findLineItems(foldedWords('bredbandsinvesteringarna?'), items)[0]?.item.name).toBe('Bredbandsutbyggnad i Ekeby');
  });
});
