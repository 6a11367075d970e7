// Which line one asked word means, decided by the structure of the catalogue: lines
// the word is the head of in different places are for the asker to choose between;
// a line that is the word and the total of its own lines is the one meant; lines
// that only use the word to say which are alike when no line is the word itself.
import { describe, it, expect } from 'vitest';
import type { LineItemRecord } from '../../../src/core/figures/records.js';
import type { ItemKind, Measure } from '../../../src/core/figures/vocabulary.js';
import { itemKey } from '../../../src/core/figures/item-key.js';
import { foldedWords } from '../../../src/core/language/fold-text.js';
import { resolveLineItem, type LineResolution } from '../../../src/core/questions/resolve-line-item.js';
import { MemoryFigureStore } from './memory-figure-store.js';

let nextId = 1;
function line(name: string, kind: ItemKind, parentId: number | null = null): LineItemRecord {
  const id = nextId++;
  return { id, organisationId: 1, name, key: itemKey(name), kind, parentId, sortOrder: id, better: kind === 'kpi' ? 'lower' : 'higher' };
}

async function resolve(question: string, items: readonly LineItemRecord[]): Promise<LineResolution> {
  const measures: Measure[] = ['actual', 'deviation'];
  // A store without figures: ties are decided by the catalogue alone.
  return resolveLineItem(new MemoryFigureStore([], [], [], []), { words: foldedWords(question), kpiAsked: false, qualifiers: [], items, organisationId: 1, measures });
}

const names = (resolution: LineResolution) => (resolution.kind === 'ambiguous' ? resolution.options.map((option) => option.name).sort() : resolution.kind === 'line' ? resolution.item.name : null);

describe('resolveLineItem: one word that names several lines', () => {
  it('asks back between a line that is the word and a kind of it in another section', async () => {
    const operations = line('Driftens nettokostnad', 'result');
    const financing = line('Finansiering', 'result');
    const items = [operations, financing, line('Verksamhetens avgifter', 'income', operations.id), line('Markavgifter', 'income', financing.id)];
    const resolution = await resolve('avgifterna?', items);
    expect(resolution.kind).toBe('ambiguous');
    expect(names(resolution)).toEqual(['Markavgifter', 'Verksamhetens avgifter']);
  });

  it('answers with the line the question names in full, though the word also names another', async () => {
    const net = line('Nettokostnad före markavgifter', 'result');
    const items = [net, line('Markavgifter', 'income'), line('Verksamhetens avgifter', 'income', net.id)];
    expect(names(await resolve('hur ligger markavgifter till?', items))).toBe('Markavgifter');
    // A name's generic first word ("verksamhetens") is read among the words the question says.
    const financing = line('Finansiering', 'result');
    const incomes = [line('Verksamhetens intäkter', 'income'), financing, line('Skatteintäkter', 'income', financing.id)];
    const ask = (words: string[]) => resolveLineItem(new MemoryFigureStore([], [], [], []), { words: ['intakter'], conceptWords: words, kpiAsked: false, qualifiers: [], items: incomes, organisationId: 1, measures: ['actual'] });
    expect(names(await ask(['verksamhetens', 'intakter']))).toBe('Verksamhetens intäkter');
    expect((await ask(['intakterna'])).kind).toBe('ambiguous');
  });

  it('asks back between two projects whose names have the word as their head', async () => {
    const total = line('Summa projekt', 'investment_category');
    const items = [total, line('Bibliotek Ekudden', 'investment', total.id), line('Skolbibliotek Norrvik', 'investment', total.id), line('Gata Norrvik', 'investment', total.id)];
    const resolution = await resolve('hur går biblioteket?', items);
    expect(names(resolution)).toEqual(['Bibliotek Ekudden', 'Skolbibliotek Norrvik']);
  });

  it('reads an asked compound by its first part when that is what the lines are', async () => {
    const total = line('Summa projekt', 'investment_category');
    const items = [total, line('Bibliotek Ekudden', 'investment', total.id), line('Skolbibliotek Norrvik', 'investment', total.id), line('Gata Norrvik', 'investment', total.id)];
    expect(names(await resolve('hur går biblioteksbygget?', items))).toEqual(['Bibliotek Ekudden', 'Skolbibliotek Norrvik']);
  });

  it('answers with the total when the line that is the word has the others below it', async () => {
    const fees = line('Verksamhetens avgifter', 'income');
    const items = [fees, line('Parkeringsavgifter', 'income', fees.id), line('Hamnavgifter', 'income', fees.id), line('Verksamhetens kostnader', 'cost')];
    expect(await resolve('avgifterna i år?', items)).toMatchObject({ kind: 'line', item: { name: 'Verksamhetens avgifter' } });
  });

  it('answers with the total even where another compound of the word stands beside it', async () => {
    const costs = line('Verksamhetens kostnader', 'cost');
    const items = [costs, line('Lönekostnader', 'cost', costs.id), line('Övriga kostnader', 'cost', costs.id), line('Projektkostnader', 'cost')];
    expect(await resolve('kostnaderna?', items)).toMatchObject({ kind: 'line', item: { name: 'Verksamhetens kostnader' } });
  });

  it('asks back between lines that only use the word to say which, when no line is the word', async () => {
    const items = [line('Väntetid i färdtjänst', 'kpi'), line('Beställda färdtjänstresor', 'kpi'), line('Sjukfrånvaro', 'kpi')];
    const resolution = await resolve('hur går det med färdtjänsten?', items);
    expect(names(resolution)).toEqual(['Beställda färdtjänstresor', 'Väntetid i färdtjänst']);
  });

  it('answers with the line that is the word over lines that only use it to say which', async () => {
    const items = [line('Färdtjänst', 'cost'), line('Väntetid i färdtjänst', 'kpi'), line('Beställda färdtjänstresor', 'kpi')];
    expect(await resolve('hur går det med färdtjänsten?', items)).toMatchObject({ kind: 'line', item: { name: 'Färdtjänst' } });
  });

  it('answers directly when the question has another word that says which line', async () => {
    const items = [line('Möbler och inventarier', 'investment'), line('IT-inventarier', 'investment')];
    expect(await resolve('it inventarierna?', items)).toMatchObject({ kind: 'line', item: { name: 'IT-inventarier' } });
  });

  it('offers the money lines, not a KPI of the same name', async () => {
    const a = line('Driftens nettokostnad', 'result');
    const b = line('Finansiering', 'result');
    const items = [a, b, line('Verksamhetens avgifter', 'income', a.id), line('Markavgifter', 'income', b.id), line('Avgifter per invånare', 'kpi')];
    expect(names(await resolve('avgifterna?', items))).toEqual(['Markavgifter', 'Verksamhetens avgifter']);
  });
});

describe('resolveLineItem: a kind word that begins the names of several lines below its total', () => {
  const total = line('Summa investeringar', 'investment_category');
  const items = [
    total,
    line('Tillbyggnad Ekuddens skola', 'investment', total.id),
    line('Tillbyggnad förskolan Norrvik', 'investment', total.id),
    line('Gata Norrvik', 'investment', total.id),
  ];

  it('asks which of the lines the word begins, not the sum line its concept names', async () => {
    const resolution = await resolve('hur ligger tillbyggnaderna till?', items);
    expect(resolution.kind).toBe('ambiguous');
    expect(names(resolution)).toEqual(['Tillbyggnad Ekuddens skola', 'Tillbyggnad förskolan Norrvik']);
  });

  it('answers with the one line another word of the question names', async () => {
    expect(names(await resolve('tillbyggnaden av ekuddens skola?', items))).toBe('Tillbyggnad Ekuddens skola');
  });

  it('keeps the sum line for the kind word when no line begins with it', async () => {
    const plain = [total, line('Gata Norrvik', 'investment', total.id), line('Park Ekudden', 'investment', total.id)];
    expect(names(await resolve('tillbyggnaderna?', plain))).toBe('Summa investeringar');
  });
});
