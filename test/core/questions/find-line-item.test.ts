import { describe, it, expect } from 'vitest';
import type { LineItemRecord } from '../../../src/core/figures/records.js';
import type { ItemKind } from '../../../src/core/figures/vocabulary.js';
import { foldText, foldedWords } from '../../../src/core/language/fold-text.js';
import { conceptsIn, findLineItems, type LineItemMatch } from '../../../src/core/questions/find-line-item.js';

let nextId = 1;
function item(name: string, kind: ItemKind, parentId: number | null = null): LineItemRecord {
  const id = nextId++;
  return { id, organisationId: 1, name, key: foldText(name), kind, parentId, sortOrder: id, better: kind === 'kpi' ? 'lower' : 'higher' };
}

const ITEMS: readonly LineItemRecord[] = [
  item('Verksamhetens intäkter', 'income'),
  item('Verksamhetens kostnader', 'cost'),
  item('Personalkostnader', 'cost'),
  item('Konsultkostnader', 'cost'),
  item('Lokalhyror', 'cost'),
  item('IT-tjänster', 'cost'),
  item('IT-program och licenser', 'cost'),
  item('Sjukfrånvaro', 'kpi'),
  item('Tomtförsäljningar', 'income'),
  item('Tomtförsäljningar bostadsmark', 'income'),
  item('Kontogrupp 3', 'cost'),
  item('Kontogrupp 13', 'cost'),
];

/** First parts of hyphenated words ("it" in "IT-kostnaderna"), as answer-question.ts passes them. */
function qualifiersOf(question: string): string[] {
  const words = foldedWords(question);
  const folded = foldText(question);
  return words.filter((word, index) => {
    const next = words[index + 1];
    return next !== undefined && word.length <= 5 && folded.includes(`${word}-${next}`);
  });
}

/** The question read the way answer-question.ts feeds findLineItems: folded words, the folded text and the qualifiers. */
function matchesFor(question: string, items: readonly LineItemRecord[] = ITEMS): LineItemMatch[] {
  return findLineItems(foldedWords(question), items, qualifiersOf(question));
}

function bestFor(question: string, items: readonly LineItemRecord[] = ITEMS): string | null {
  return matchesFor(question, items)[0]?.item.name ?? null;
}

describe('findLineItems', () => {
  it.each([
    ['Hur ligger personalkostnaderna?', 'Personalkostnader'],
    ['Personalkostnader', 'Personalkostnader'],
    ['Konsultkostnadernas utfall', 'Konsultkostnader'],
    ['Vad blev lokalhyrorna?', 'Lokalhyror'],
    ['Hur hög är sjukfrånvaron?', 'Sjukfrånvaro'],
    ['Verksamhetens kostnader mot budget', 'Verksamhetens kostnader'],
  ])('finds the line named, inflected, in %j (%s)', (question, name) => {
    expect(bestFor(question)).toBe(name);
  });

  it.each([
    ['Hur ser lönerna ut?', 'Personalkostnader'],
    ['Hur mycket kostar personalen?', 'Personalkostnader'],
    ['Vad har vi lagt på konsulterna?', 'Konsultkostnader'],
    ['Hur ligger hyrorna?', 'Lokalhyror'],
    ['Hur ser intäkterna ut?', 'Verksamhetens intäkter'],
    ['Hur många sjukskrivningarna har vi?', 'Sjukfrånvaro'],
    ['What about salaries?', 'Personalkostnader'],
    ['How much did we spend on consultants?', 'Konsultkostnader'],
    ['What is our rent?', 'Lokalhyror'],
    ['Sick leave please', 'Sjukfrånvaro'],
  ])('reaches a line through the everyday word in %j (%s)', (question, name) => {
    expect(bestFor(question)).toBe(name);
  });

  it.each([
    ['Hur ligger personalkostander?', 'Personalkostnader'],
    ['lokalhyrr i augusti', 'Lokalhyror'],
    ['Konsultkostnder', 'Konsultkostnader'],
    ['sjukfranvaron', 'Sjukfrånvaro'],
  ])('forgives a typo or missing diacritics in %j (%s)', (question, name) => {
    expect(bestFor(question)).toBe(name);
  });

  // Kommunstyrelsen's premises lines in data/samples/kommunstyrelsen-2024-08.csv.
  it.each([
    ['hur ser lokalhyrona ut?', 'Lokalhyror'],
    ['lokalhyrorn', 'Lokalhyror'],
    ['personalkostnaderan', 'Personalkostnader'],
  ])('reads a misspelt ending in %j as the line, not as a compound of it (%s)', (question, name) => {
    const lines = [item('Lokalhyror', 'cost'), item('Lokalanpassningar', 'investment'), item('Personalkostnader', 'cost')];
    const [first, second] = matchesFor(question, lines);
    expect(first?.item.name).toBe(name);
    expect(first!.score - (second?.score ?? 0)).toBeGreaterThan(0.05);
  });

  it('finds a line from a part of its compound name', () => {
    const [match] = matchesFor('Hur går bostadsmarken?');
    expect(match?.item.name).toBe('Tomtförsäljningar bostadsmark');
  });

  it('prefers the line the word names in full over lines that only contain it', () => {
    // "kostnader" is a whole line and only a part of "Personalkostnader".
    const matches = matchesFor('Hur ligger kostnaderna?');
    expect(matches[0]?.item.name).toBe('Verksamhetens kostnader');
    const personnel = matches.find((match) => match.item.name === 'Personalkostnader');
    if (personnel) expect(personnel.score).toBeLessThan(matches[0]!.score);
  });

  it('prefers the shorter, more general line among equally good ones', () => {
    const matches = matchesFor('Hur gick tomterna?');
    expect(matches.slice(0, 2).map((match) => match.item.name)).toEqual(['Tomtförsäljningar', 'Tomtförsäljningar bostadsmark']);
    expect(matches[0]!.score).toBe(matches[1]!.score);
  });

  it('ranks the exact line above its longer namesake', () => {
    const matches = matchesFor('Tomtförsäljningarna i år');
    expect(matches[0]?.item.name).toBe('Tomtförsäljningar');
    expect(matches[0]!.score).toBeGreaterThan(matches[1]!.score);
  });

  it('needs digits to match exactly: "Kontogrupp 3" is not "Kontogrupp 13"', () => {
    const three = matchesFor('Hur ligger kontogrupp 3?');
    expect(three[0]?.item.name).toBe('Kontogrupp 3');
    expect(three.find((match) => match.item.name === 'Kontogrupp 13')?.score ?? 0).toBeLessThan(three[0]!.score);
    const thirteen = matchesFor('Hur ligger kontogrupp 13?');
    expect(thirteen[0]?.item.name).toBe('Kontogrupp 13');
    expect(thirteen.find((match) => match.item.name === 'Kontogrupp 3')?.score ?? 0).toBeLessThan(thirteen[0]!.score);
  });

  it('scores a fully named line 1', () => {
    expect(matchesFor('Lokalhyror')[0]?.score).toBe(1);
  });

  it.each(['Hur är vädret i Göteborg?', 'Hur går det?', 'What is the weather like?', ''])('finds no line in %j', (question) => {
    expect(matchesFor(question)).toEqual([]);
  });

  it('finds nothing among no lines', () => {
    expect(matchesFor('Personalkostnader', [])).toEqual([]);
  });

  it('reaches a line of another name through the same concept ("lönerna" → "Lönekostnader")', () => {
    const other = [item('Lönekostnader', 'cost'), item('Övriga kostnader', 'cost')];
    expect(bestFor('Hur ser lönerna ut?', other)).toBe('Lönekostnader');
  });

  it('lets the licences line win over the other IT line for "licenserna"', () => {
    const matches = matchesFor('Hur mycket har vi lagt på licenserna?');
    expect(matches[0]?.item.name).toBe('IT-program och licenser');
  });

  it('reads "IT-kostnaderna" as the IT lines, not as the total costs, when "IT" is passed as a qualifier', () => {
    const matches = matchesFor('Vad är IT-kostnaderna?');
    expect(matches[0]?.item.name).toMatch(/^IT-/);
    expect(matches[1]?.item.name).toMatch(/^IT-/);
  });

  it('ranks lines without the qualifier lower', () => {
    const withQualifier = matchesFor('Vad är IT-kostnaderna?').find((match) => match.item.name === 'Verksamhetens kostnader');
    const without = findLineItems(foldedWords('Vad är IT-kostnaderna?'), ITEMS).find((match) => match.item.name === 'Verksamhetens kostnader');
    expect(withQualifier?.score ?? 0).toBeLessThan(without!.score);
  });
});

describe('conceptsIn', () => {
  it.each([
    ['Hur ser lönerna ut?', 'personnel'],
    ['Vad kostar konsulterna?', 'consultants'],
    ['Hur ligger hyrorna?', 'rent'],
    ['What about sick leave?', 'sick-leave'],
    ['Hur gick tomtförsäljningarna?', 'land-sales'],
    ['Vad är IT-kostnaderna?', 'it'],
  ])('finds in %j the concept %s', (question, concept) => {
    expect(conceptsIn(foldedWords(question))).toContain(concept);
  });

  it('finds no concept in a question about the weather', () => {
    expect(conceptsIn(foldedWords('Hur är vädret?'))).toEqual([]);
  });
});

describe('findLineItems, concepts against compounds', () => {
  const total = item('Totala utgifter', 'investment_category');
  const lines = [total, item('Reinvestering', 'investment_category', total.id), item('Lokalhyror', 'cost'), item('Lokalanpassningar', 'investment'), item('Hyra/leasing av IT-inventarier', 'cost')];

  it('takes a kind-wide word for the kind\'s total, not for a line whose name merely ends with it', () => {
    expect(findLineItems(['investeringarna'], lines)[0]?.item.name).toBe('Totala utgifter');
  });

  it('does not take a word with a prefix for a misspelling of it: "omutbildning" is a compound of "utbildning", no typo', () => {
    const [match] = findLineItems(['utbildning'], [item('Omutbildning', 'cost')]);
    expect(match?.score).toBeLessThan(0.9);
  });

  it('prefers the line more of the named concepts name: premises rent is the rent of premises', () => {
    const [first, second] = findLineItems(['premises', 'rent'], lines);
    expect(first?.item.name).toBe('Lokalhyror');
    expect(first!.matched).toBeGreaterThan(second?.matched ?? 0);
  });
});

describe('findLineItems, a word of the name said outright', () => {
  it('makes lines that share it equal candidates however long their names', () => {
    const lines = [item('Placeringar vuxna', 'cost'), item('Placeringar barn och unga', 'cost')];
    const [first, second] = findLineItems(['placeringarna'], lines);
    expect(first?.score).toBeCloseTo(second?.score ?? 0, 5);
  });

  it('still prefers the line the question names in full', () => {
    const lines = [item('Tomtförsäljningar', 'income'), item('Tomtförsäljningar verksamhetsmark', 'income')];
    expect(findLineItems(['tomtforsaljningarna'], lines)[0]?.item.name).toBe('Tomtförsäljningar');
  });
});

describe('findLineItems, an everyday word that is also a word of a line\'s name', () => {
  // Hälso- och sjukvårdsnämnden's lines in test/fixtures/reports/synthetic-fjallmark-2023-10.
  const lines = [item('Personalkostnader', 'cost'), item('Inhyrd personal', 'cost'), item('Läkemedel', 'cost'), item('Inhyrd personal, andel av personalkostnader', 'kpi')];

  it.each(['personalen', 'hur ligger personalen till mot budget'])('makes the concept\'s line and the money line with the word equal candidates for %j', (question) => {
    const words = foldedWords(question);
    const money = findLineItems(words, lines, [], words).filter((match) => match.item.kind !== 'kpi');
    expect(money.slice(0, 2).map((match) => match.item.name).sort()).toEqual(['Inhyrd personal', 'Personalkostnader']);
    expect(Math.abs(money[0]!.score - money[1]!.score)).toBeLessThan(0.05);
  });

  it('leaves the concept\'s line alone where no other line has the word', () => {
    expect(findLineItems(['personalen'], [item('Personalkostnader', 'cost'), item('Läkemedel', 'cost')])[0]?.item.name).toBe('Personalkostnader');
  });

  it('still lets the line the question names by its own words win ("inhyrd personal")', () => {
    const words = foldedWords('inhyrd personal');
    expect(findLineItems(words, lines, [], words)[0]?.item.name).toBe('Inhyrd personal');
  });
});

describe('findLineItems and the head of a compound', () => {
  // Exempelby kommun's investment projects (test/fixtures/reports/synthetic-exempelby-2024-08).
  const projects = [item('Förskolan Solbacken', 'investment'), item('Ekbackens skola', 'investment'), item('LED-belysning gator', 'investment')];

  it.each(['skolan', 'skolbygget', 'hur går skolbygget?'])('makes a line with the word and a line whose compound ends in it equal candidates for %j', (question) => {
    const words = foldedWords(question);
    const [first, second] = findLineItems(words, projects, [], words);
    expect([first?.item.name, second?.item.name].sort()).toEqual(['Ekbackens skola', 'Förskolan Solbacken']);
    expect(Math.abs(first!.score - second!.score)).toBeLessThan(0.02);
  });

  it('still names the one line whose compound is said whole ("förskolan")', () => {
    expect(findLineItems(['forskolan'], projects)[0]?.item.name).toBe('Förskolan Solbacken');
    expect(findLineItems(['forskolan'], projects).map((match) => match.item.name)).not.toContain('Ekbackens skola');
  });

  it('does not take a first part for the head ("skolmaten" is not about a "förskola")', () => {
    const names = findLineItems(['skolmaten'], [item('Förskolan Solbacken', 'investment'), item('Måltider', 'cost')]).map((match) => match.item.name);
    expect(names).not.toContain('Förskolan Solbacken');
  });
});

describe('findLineItems and a compound of a specific and a generic word', () => {
  // Kommunstyrelsen's lines (data/samples/kommunstyrelsen-2024-08.csv).
  const lines = [item('Verksamhetens kostnader', 'cost'), item('Övriga kostnader', 'cost'), item('Lokalhyror', 'cost'), item('Personalkostnader', 'cost')];

  it.each(['hyreskostnaderna', 'vad blev hyreskostnaden i år'])('reads %j as the costs of rent, not as the total costs', (question) => {
    const words = foldedWords(question);
    expect(findLineItems(words, lines, [], words)[0]?.item.name).toBe('Lokalhyror');
  });

  it('still reads the generic word alone as the total ("kostnaderna")', () => {
    const words = foldedWords('kostnaderna');
    expect(findLineItems(words, lines, [], words)[0]?.item.name).toBe('Verksamhetens kostnader');
  });
});

describe('findLineItems and abbreviations as controllers write them', () => {
  // Lines of Kommunstyrelsen (data/samples), Öjemarkstrafiken and Socialförvaltningen Gransjö (test/fixtures/reports).
  const lines = [
    item('Verksamhetens kostnader', 'cost'),
    item('Övriga kostnader', 'cost'),
    item('Verksamhetens nettokostnader', 'cost'),
    item('Finansnetto', 'cost'),
    item('Personalkostnader', 'cost'),
    item('Kapitalkostnader fordon', 'cost'),
    item('Depå- och lokalkostnader', 'cost'),
    item('Placeringar barn och unga', 'cost'),
    item('Placeringar vuxna', 'cost'),
  ];

  it.each([
    ['övr kostnader?', 'Övriga kostnader'],
    ['övr. kostn.', 'Övriga kostnader'],
    ['fin.netto', 'Finansnetto'],
    ['finansnetto', 'Finansnetto'],
    ['pers.kostn. i år', 'Personalkostnader'],
    ['kapitalkostn. fordon', 'Kapitalkostnader fordon'],
    ['plac. barn o unga', 'Placeringar barn och unga'],
  ])('reads %j as %s', (question, name) => {
    expect(bestFor(question, lines)).toBe(name);
  });

  it('does not read a name from abbreviations alone ("fin" names no line by itself)', () => {
    expect(matchesFor('fin', lines).map((match) => match.item.name)).not.toContain('Finansnetto');
  });
});

describe('findLineItems and a ratio per unit', () => {
  const items = [item('Lokalhyror', 'cost'), item('Nettokostnad per invånare', 'kpi'), item('Nettokostnad', 'cost'), item('Andel invånare nöjda med utbudet', 'kpi')];

  it('finds no line for a ratio to a unit that no line name has', () => {
    expect(findLineItems(foldedWords('vad betalar vi per kvadratmeter i lokalhyra'), items)).toEqual([]);
  });

  it('does not let the unit alone name a line ("lokalhyror per invånare" is no line about inhabitants)', () => {
    expect(findLineItems(foldedWords('lokalhyrorna per invånare'), items)).toEqual([]);
  });

  it('finds the line whose name has the unit', () => {
    expect(findLineItems(foldedWords('nettokostnaden per invånare'), items)[0]?.item.name).toBe('Nettokostnad per invånare');
  });
});

describe('findLineItems and a question for a count', () => {
  const items = [item('Simhallen, renovering', 'investment'), item('Antal besökare simhallen', 'kpi'), item('Driftnetto', 'cost')];

  it('answers "how many" only with a KPI, never a money line', () => {
    const names = findLineItems(foldedWords('hur många har simhallen haft'), items, [], foldedWords('hur många har simhallen haft')).map((match) => match.item.name);
    expect(names).toEqual(['Antal besökare simhallen']);
  });

  it('still takes a money line when the count is of money ("hur många miljoner")', () => {
    const words = foldedWords('hur många miljoner har simhallen renoveringen kostat');
    expect(findLineItems(words, items, [], words)[0]?.item.name).toBe('Simhallen, renovering');
  });
});

describe('conceptsIn and typos', () => {
  it('does not take a word with another first letter for a misspelt concept word ("avgifterna" is not "utgifterna")', () => {
    expect(conceptsIn(['avgifterna'])).not.toContain('costs');
    expect(conceptsIn(['kostnaderma'])).toContain('costs');
  });
});

describe('findLineItems and a compound of one line name\'s words written in full', () => {
  const lines = [
    item('Nöjd kund (NKI) - Kvalitet - Index', 'kpi'),
    item('Nöjd kund (NKI) - Bemötande - Index', 'kpi'),
    item('Trygghet - Kommunindex', 'kpi'),
    item('Personalkostnader', 'cost'),
    item('Sjukfrånvaro', 'kpi'),
    item('Budget i balans', 'kpi'),
  ];
  const find = (question: string) => findLineItems(foldedWords(question), lines);

  it.each(['kvalitetsindexet?', 'bemötandeindex mot målet'])('reads %j as the line whose name has both words', (question) => {
    const [first] = find(question);
    expect(first?.item.name).toMatch(/Index$/);
    expect(foldText(first!.item.name)).toContain(foldText(question).slice(0, 6));
  });

  it('does not join words that no one line has together', () => {
    // "trygghet" is one line's word and "index" other lines': "trygghetsindex" is no NKI line.
    expect(find('trygghetsindex').some((match) => match.item.name.startsWith('Nöjd kund'))).toBe(false);
  });

  it('leaves a last part that frames the line ("-prognosen") out of the line\'s words', () => {
    expect(find('sjukfrånvaroprognosen')[0]?.item.name).toBe('Sjukfrånvaro');
    // "budget" is a word of a line's name, and here only says what of the staff is asked.
    expect(find('personalbudgeten').some((match) => match.item.name === 'Budget i balans')).toBe(false);
  });
});

// The stemmer leaves four letters of some words ("entréer" → "entr"): five letters written alike are
// still the start of a compound line word ("Entréavgifter"); four alone are not ("lönerna", "Lönebidrag").
describe('a word the stemmer cuts short', () => {
  const items = [item('Summa intäkter', 'income'), item('Entréavgifter och taxor', 'income'), item('Lönebidrag', 'cost'), item('Hyresintäkter', 'income')];
  it.each([
    ['entréer?', 'Entréavgifter och taxor'],
    ['hur mycket har entréerna dragit in', 'Entréavgifter och taxor'],
  ])('%j finds %s by the compound it begins', (question, line) => {
    expect(matchesFor(question, items)[0]?.item.name).toBe(line);
  });

  it('does not begin a compound on four letters alike', () => {
    expect(matchesFor('lönerna?', items).map((match) => match.item.name)).not.toContain('Lönebidrag');
  });
});
