// A compound whose parts a line's name writes apart and in another order ("avbokningsavgifterna" for
// "Avgifter sena avbokningar") names that line; a phrase two names share, each with a head of its
// own the question leaves unsaid, is asked back even across a KPI and a money line; and a word that
// one line is a kind of and another line's head begins with is asked back too.
import { describe, expect, it } from 'vitest';
import type { LineItemRecord } from '../../../src/core/figures/records.js';
import type { ItemKind, Measure } from '../../../src/core/figures/vocabulary.js';
import { itemKey } from '../../../src/core/figures/item-key.js';
import { foldedWords } from '../../../src/core/language/fold-text.js';
import { findLineItems } from '../../../src/core/questions/find-line-item.js';
import { resolveLineItem, type LineResolution } from '../../../src/core/questions/resolve-line-item.js';
import { splitCompound } from '../../../src/core/questions/split-compound.js';
import { MemoryFigureStore } from './memory-figure-store.js';

let nextId = 1;
function line(name: string, kind: ItemKind, parentId: number | null = null): LineItemRecord {
  const id = nextId++;
  return { id, organisationId: 1, name, key: itemKey(name), kind, parentId, sortOrder: id, better: kind === 'kpi' ? 'lower' : 'higher' };
}

async function resolve(question: string, items: readonly LineItemRecord[]): Promise<LineResolution> {
  const measures: Measure[] = ['actual', 'deviation'];
  return resolveLineItem(new MemoryFigureStore([], [], [], []), { words: foldedWords(question), kpiAsked: false, qualifiers: [], items, organisationId: 1, measures });
}

const names = (resolution: LineResolution) => (resolution.kind === 'ambiguous' ? resolution.options.map((option) => option.name).sort() : resolution.kind === 'line' ? resolution.item.name : null);

describe('a compound of words a line writes apart', () => {
  const items = [line('Avgifter sena avbokningar', 'income'), line('Parkeringsavgifter', 'income'), line('Bygglovsavgifter', 'income'), line('Andel sena avbokningar', 'kpi')];

  it.each(['avbokningsavgifterna hittills?', 'avbokningsavgifter mot budget'])('names the line with both parts in %j', (question) => {
    expect(findLineItems(foldedWords(question), items)[0]?.item.name).toBe('Avgifter sena avbokningar');
  });

  it('reads a linking s before a known word as a link, not as the end of another compound', () => {
    expect(splitCompound('larmsavgifterna', ['larm', 'avgifter', 'tillsynsavgifter'])).toEqual(['larm', 'avgifter']);
  });
});

describe('equally good matches of different lines', () => {
  it('asks back between a KPI and a money line that write the asked phrase with heads of their own', async () => {
    const items = [line('Andel sena leveranser', 'kpi'), line('Viten sena leveranser', 'income'), line('Personalkostnader', 'cost')];
    expect(names(await resolve('sena leveranser?', items))).toEqual(['Andel sena leveranser', 'Viten sena leveranser']);
  });

  it('still takes the money line for one word both names share', async () => {
    const items = [line('Nämndernas resursförbrukning', 'kpi'), line('Nämndernas nettokostnader', 'result')];
    expect(names(await resolve('nämnderna?', items))).toBe('Nämndernas nettokostnader');
  });

  it.each(['index?', 'hur går indexet?'])('asks back for %j between a kind of the word and a line whose head begins with it', async (question) => {
    const items = [line('Medarbetarindex', 'kpi'), line('Hyra och indexjustering', 'cost'), line('Lönekostnader', 'cost')];
    expect(names(await resolve(question, items))).toEqual(['Hyra och indexjustering', 'Medarbetarindex']);
  });
});
