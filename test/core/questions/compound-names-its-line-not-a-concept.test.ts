// A long word one line's name writes ("hemtjänsten" of "Beviljade hemtjänsttimmar"), names that
// line, not the concept of its last part ("tjänster" of purchased services), while the concept's
// own words still name the concept's lines. And everyday words for kinds of line the lexicon
// knows since this change: energy (el, uppvärmning), purchased operations, capital costs.
import { describe, expect, it } from 'vitest';
import type { LineItemRecord } from '../../../src/core/figures/records.js';
import type { ItemKind } from '../../../src/core/figures/vocabulary.js';
import { foldText, foldedWords } from '../../../src/core/language/fold-text.js';
import { conceptsIn, findLineItems } from '../../../src/core/questions/find-line-item.js';

let nextId = 1;
function item(name: string, kind: ItemKind): LineItemRecord {
  const id = nextId++;
  return { id, organisationId: 1, name, key: foldText(name), kind, parentId: null, sortOrder: id, better: kind === 'kpi' ? 'lower' : 'higher' };
}

const names = (question: string, lines: readonly LineItemRecord[]) => findLineItems(foldedWords(question), lines).map((match) => match.item.name);

describe('a compound a line name writes', () => {
  const lines = [item('Utförd hemtjänst, timmar', 'kpi'), item('Köpt verksamhet', 'cost'), item('Personalkostnader', 'cost')];

  it('names that line only, not purchased services through its last part', () => {
    expect(names('hemtjänsten hittills', lines)).toEqual(['Utförd hemtjänst, timmar']);
  });

  it('leaves the concept to the concept\'s own words', () => {
    expect(names('köpta tjänster mot budget', lines)[0]).toBe('Köpt verksamhet');
    expect(names('personalkostnaderna', lines)[0]).toBe('Personalkostnader');
  });
});

describe('everyday words for kinds of line', () => {
  it('reads electricity and heating as energy, also where the line says "el"', () => {
    const lines = [item('Bränsle och el', 'cost'), item('Lönekostnader', 'cost')];
    expect(conceptsIn(['electricity'])).toContain('energy');
    expect(conceptsIn(['uppvarmningen'])).toContain('energy');
    expect(names('electricity costs', lines)[0]).toBe('Bränsle och el');
    expect(names('elkostnaderna', lines)[0]).toBe('Bränsle och el');
  });

  it('does not read "el" as electricity: in chat it is short for "eller"', () => {
    expect(conceptsIn(foldedWords('bättre el sämre än budget'))).not.toContain('energy');
  });

  it('reads purchased operations and bought-in services as the line of purchased operations', () => {
    const lines = [item('Köp av verksamhet', 'cost'), item('Lokalkostnader', 'cost')];
    expect(names('köpta tjänster', lines)[0]).toBe('Köp av verksamhet');
    expect(names('bought-in services', lines)[0]).toBe('Köp av verksamhet');
  });

  it('reads depreciation as capital costs where the report has no depreciation line', () => {
    const lines = [item('Kapitalkostnader bussar', 'cost'), item('Drivmedel', 'cost')];
    expect(names('avskrivningarna', lines)[0]).toBe('Kapitalkostnader bussar');
    expect(names('depreciation', lines)[0]).toBe('Kapitalkostnader bussar');
  });

  it('reads staffing agencies as hired staff', () => {
    const lines = [item('Inhyrd personal', 'cost'), item('Personalkostnader', 'cost')];
    expect(names('bemanningsbolagen', lines)[0]).toBe('Inhyrd personal');
    expect(names('staffing agencies', lines)[0]).toBe('Inhyrd personal');
  });
});
