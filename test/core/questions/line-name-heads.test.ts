// The structure of a line name: what the line is (its head) and the words that say which.
import { describe, it, expect } from 'vitest';
import type { LineItemRecord } from '../../../src/core/figures/records.js';
import { itemKey } from '../../../src/core/figures/item-key.js';
import { swedishStem } from '../../../src/core/language/swedish-stem.js';
import { headWords, namingStem, roleInName } from '../../../src/core/questions/line-name-heads.js';

function line(name: string): LineItemRecord {
  return { id: 1, organisationId: 1, name, key: itemKey(name), kind: 'cost', parentId: null, sortOrder: 1, better: 'higher' };
}

describe('headWords', () => {
  it.each([
    ['Verksamhetens avgifter', ['avgifter']],
    ['Väntetid i färdtjänst', ['vantetid']],
    ['Bibliotek Ekudden', ['bibliotek']],
    ['Räntor, avgifter och bidrag', ['rantor', 'avgifter', 'bidrag']],
    ['Nöjdhet (enkät) - Totalt', ['nojdhet']],
    ['IT-inventarier', ['inventarier']],
  ])('reads %j as about %j', (name, heads) => {
    expect(headWords(name)).toEqual(heads);
  });
});

describe('roleInName', () => {
  it.each([
    ['avgifterna', 'Verksamhetens avgifter', 'head'],
    ['avgifterna', 'Parkeringsavgifter', 'compound-head'],
    ['fardtjansten', 'Väntetid i färdtjänst', 'part'],
    ['fardtjansten', 'Beställda färdtjänstresor', 'part'],
    ['avgifterna', 'Väntetid i färdtjänst', 'none'],
  ])('the word %j in %j: %s', (word, name, role) => {
    expect(roleInName(swedishStem(word), line(name))).toBe(role);
  });
});

describe('namingStem', () => {
  it('reads a compound no line has by the first part that lines are', () => {
    expect(namingStem(swedishStem('biblioteksbygget'), [line('Bibliotek Ekudden'), line('Gata Norrvik')])).toBe(swedishStem('bibliotek'));
  });

  it('keeps a word that a line has', () => {
    expect(namingStem(swedishStem('parkeringsavgifterna'), [line('Parkeringsavgifter'), line('Avgifter')])).toBe(swedishStem('parkeringsavgifterna'));
  });
});
