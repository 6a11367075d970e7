import { describe, it, expect } from 'vitest';
import type { OrganisationRecord } from '../../../src/core/figures/records.js';
import type { OrganisationKind } from '../../../src/core/figures/vocabulary.js';
import { findKindReferences, findOrganisationMentions, initialismOf, nearestOfKind } from '../../../src/core/questions/find-organisation-mention.js';

function organisation(id: number, name: string, kind: OrganisationKind, parentId: number | null, aliases: readonly string[] = []): OrganisationRecord {
  return { id, name, kind, parentId, reportUnit: 'tkr', aliases };
}

const ORGANISATIONS: readonly OrganisationRecord[] = [
  organisation(1, 'Region Halland', 'region', null),
  organisation(2, 'Regionkontoret', 'administration', 1, ['RK']),
  organisation(3, 'IT och Digitalisering', 'department', 2, ['ITD']),
  organisation(10, 'Alingsås kommun', 'municipality', null),
  organisation(11, 'Kommunstyrelsen', 'board', 10, ['KS']),
  organisation(12, 'Kommunledningskontoret', 'administration', 11, ['KLK']),
  organisation(20, 'Region Norrbotten', 'region', null),
  organisation(21, 'Division Länsteknik', 'division', 20, ['Länsteknik']),
  organisation(30, 'Staden', 'municipality', null),
  organisation(31, 'IT-förvaltningen', 'administration', 30),
  organisation(32, 'Gemensamma tjänster', 'department', 31),
  organisation(33, 'Gemensamma tjänster – HR', 'unit', 32),
];

const byId = (id: number): OrganisationRecord => ORGANISATIONS.find((candidate) => candidate.id === id)!;

/** The name of the best organisation the question names, or null. */
function bestMention(question: string): string | null {
  return findOrganisationMentions(question, ORGANISATIONS)[0]?.organisation.name ?? null;
}

describe('findOrganisationMentions', () => {
  it('takes the name written word for word over one read from the same words through a compound ("kommun" in "Kommunstyrelsen")', () => {
    const trees = [organisation(40, 'Nacka kommun', 'municipality', null), organisation(41, 'Kommunstyrelsen Nacka', 'board', 40), organisation(50, 'Region Dalby', 'region', null), organisation(51, 'Regionstyrelsen Dalby', 'board', 50)];
    for (const [question, name] of [['Hur går det för Nacka kommun?', 'Nacka kommun'], ['nacka kommuns prognos?', 'Nacka kommun'], ['hur ligger Region Dalby till?', 'Region Dalby'], ['Kommunstyrelsen Nacka, resultat?', 'Kommunstyrelsen Nacka']] as const) {
      const mentions = findOrganisationMentions(question, trees);
      expect(mentions[0]?.organisation.name, question).toBe(name);
      // Far enough ahead that no clarifying question is asked between the two.
      expect(mentions[0]!.score - (mentions[1]?.score ?? 0), question).toBeGreaterThanOrEqual(0.005);
    }
  });

  it.each([
    ['Hur går det för Kommunstyrelsen?', 'Kommunstyrelsen'],
    ['Hur ligger kommunstyrelsens personalkostnader?', 'Kommunstyrelsen'],
    ['Vad är Regionkontorets resultat?', 'Regionkontoret'],
    ['Hur går det för IT-förvaltningen?', 'IT-förvaltningen'],
    ['IT-förvaltningens prognos', 'IT-förvaltningen'],
    ['Lönerna på Kommunledningskontoret', 'Kommunledningskontoret'],
  ])('finds the name in %j (%s), inflected or not', (question, name) => {
    expect(bestMention(question)).toBe(name);
  });

  it.each([
    ['Hur går det för lansteknik?', 'Division Länsteknik'],
    ['Hur går det för IT-forvaltningen?', 'IT-förvaltningen'],
    ['Resultat för Kommunstyrelssen', 'Kommunstyrelsen'],
    ['Prognos för kommunledningskontret', 'Kommunledningskontoret'],
    ['Hur går det för alingsas kommun?', 'Alingsås kommun'],
  ])('finds the name despite missing diacritics or a typo in %j (%s)', (question, name) => {
    expect(bestMention(question)).toBe(name);
  });

  it.each([
    ['Hur går det för KS?', 'Kommunstyrelsen'],
    ['Personalkostnader, KLK, augusti', 'Kommunledningskontoret'],
    ['Vad har RK för prognos?', 'Regionkontoret'],
    ['ITD:s konsultkostnader', 'IT och Digitalisering'],
  ])('finds the abbreviation written as a word in %j (%s)', (question, name) => {
    expect(bestMention(question)).toBe(name);
  });

  it('does not find an abbreviation inside a longer word', () => {
    expect(findOrganisationMentions('Hur ligger kostnaderna och konsulterna till?', ORGANISATIONS)).toEqual([]);
    const mentions = findOrganisationMentions('Hur ligger kostnaderna för KS?', ORGANISATIONS);
    expect(mentions.map((mention) => [mention.organisation.name, mention.start])).toEqual([['Kommunstyrelsen', 4]]);
  });

  it('finds a name by its distinctive word alone', () => {
    expect(bestMention('Hur går det för Länsteknik?')).toBe('Division Länsteknik');
    expect(bestMention('Hur går det för Digitalisering?')).toBe('IT och Digitalisering');
    expect(bestMention('Prognos för Halland')).toBe('Region Halland');
    expect(bestMention('Alingsås resultat')).toBe('Alingsås kommun');
  });

  it('ranks the full name above the distinctive word alone', () => {
    const [mention] = findOrganisationMentions('Hur går det för IT och Digitalisering?', ORGANISATIONS);
    const [distinctive] = findOrganisationMentions('Hur går det för Digitalisering?', ORGANISATIONS);
    expect(mention!.score).toBeGreaterThan(distinctive!.score);
  });

  it('lets a longer name win over the shorter name it begins with', () => {
    const mentions = findOrganisationMentions('Hur går det för Gemensamma tjänster – HR?', ORGANISATIONS);
    expect(mentions.map((mention) => mention.organisation.name)).toEqual(['Gemensamma tjänster – HR']);
  });

  it('finds the shorter name when the longer one is not written', () => {
    expect(bestMention('Hur går det för Gemensamma tjänster?')).toBe('Gemensamma tjänster');
  });

  it('reports the word positions a mention takes', () => {
    const [mention] = findOrganisationMentions('Lönerna på IT och Digitalisering i augusti', ORGANISATIONS);
    expect(mention).toMatchObject({ start: 2, end: 5 });
  });

  it('finds two organisations named in one question, best first', () => {
    const names = findOrganisationMentions('Jämför Kommunstyrelsen med Länsteknik', ORGANISATIONS).map((mention) => mention.organisation.name);
    expect(names).toEqual(expect.arrayContaining(['Kommunstyrelsen', 'Division Länsteknik']));
    expect(names).toHaveLength(2);
  });

  it.each([
    'Hur ligger vi till mot budget?',
    'Hur går det för oss?',
    'What are our staff costs?',
    'Hur mycket har staten betalat?',
  ])('finds no organisation in %j', (question) => {
    expect(findOrganisationMentions(question, ORGANISATIONS)).toEqual([]);
  });

  it('does not take a kind word for an organisation', () => {
    expect(findOrganisationMentions('Hur går det för förvaltningen och regionen?', ORGANISATIONS)).toEqual([]);
  });
});

describe('findKindReferences', () => {
  it('maps "förvaltningen" to the asker’s administration', () => {
    const [reference] = findKindReferences('Hur går det för förvaltningen?', byId(3), ORGANISATIONS);
    expect(reference?.organisation.name).toBe('Regionkontoret');
  });

  it('maps "regionen" and "regionens" to the asker’s region', () => {
    expect(findKindReferences('Hur går det för regionen?', byId(3), ORGANISATIONS)[0]?.organisation.name).toBe('Region Halland');
    expect(findKindReferences('Regionens prognos', byId(21), ORGANISATIONS)[0]?.organisation.name).toBe('Region Norrbotten');
  });

  it('maps "kommunen" and "styrelsen" to the asker’s municipality and board', () => {
    expect(findKindReferences('Kommunens resultat', byId(12), ORGANISATIONS)[0]?.organisation.name).toBe('Alingsås kommun');
    expect(findKindReferences('Styrelsens resultat', byId(12), ORGANISATIONS)[0]?.organisation.name).toBe('Kommunstyrelsen');
  });

  it('maps a kind word to the asker’s own unit when it is of that kind', () => {
    expect(findKindReferences('Förvaltningens prognos', byId(31), ORGANISATIONS)[0]?.organisation.name).toBe('IT-förvaltningen');
  });

  it('reports the position of the kind word', () => {
    expect(findKindReferences('Hur går det för förvaltningen?', byId(3), ORGANISATIONS)[0]).toMatchObject({ start: 4, end: 5 });
  });

  it('offers every organisation of the kind, with score 0, when the asker has none of it', () => {
    const references = findKindReferences('Hur går det för kommunen?', byId(3), ORGANISATIONS);
    expect(references.map((reference) => reference.organisation.name).sort()).toEqual(['Alingsås kommun', 'Staden']);
    expect(references.every((reference) => reference.score === 0)).toBe(true);
  });

  it('finds nothing in a question without kind words', () => {
    expect(findKindReferences('Hur ligger vi till mot budget?', byId(3), ORGANISATIONS)).toEqual([]);
  });
});

describe('nearestOfKind', () => {
  it('walks up from the asker to the first organisation of a kind', () => {
    expect(nearestOfKind(byId(33), ORGANISATIONS, ['administration'])?.name).toBe('IT-förvaltningen');
    expect(nearestOfKind(byId(33), ORGANISATIONS, ['municipality'])?.name).toBe('Staden');
  });

  it('is null when no ancestor is of the kind', () => {
    expect(nearestOfKind(byId(33), ORGANISATIONS, ['region'])).toBeNull();
  });
});

describe('initialisms formed from names', () => {
  it.each([
    ['Hälso- och sjukvårdsnämnden', 'hsn'],
    ['Barn- och utbildningsnämnden', 'bun'],
    ['Vård- och omsorgsnämnden', 'von'],
    ['IT-förvaltningen', 'itf'],
    ['Tekniska nämnden', 'tn'],
  ])('writes %j as %j', (name, initialism) => {
    expect(initialismOf(name)).toBe(initialism);
  });

  it('forms none from a one-word name without a compound head', () => {
    expect(initialismOf('Exploateringsverksamheten')).toBeNull();
  });

  const withCommittee = [...ORGANISATIONS, organisation(40, 'Hälso- och sjukvårdsnämnden', 'board', 20)];

  it('finds an organisation by its initialism written in capitals, with a genitive', () => {
    expect(findOrganisationMentions('Hur ligger HSN:s nettokostnad?', withCommittee)[0]?.organisation.name).toBe('Hälso- och sjukvårdsnämnden');
  });

  it('does not take the same letters in lower case for the organisation', () => {
    expect(findOrganisationMentions('hsn', withCommittee).map((mention) => mention.organisation.name)).not.toContain('Hälso- och sjukvårdsnämnden');
  });

  it('ranks an initialism below a name or alias written out', () => {
    const [mention] = findOrganisationMentions('KS', [...withCommittee, organisation(41, 'Kultur- och sportnämnden', 'board', 20)]);
    expect(mention?.organisation.name).toBe('Kommunstyrelsen');
  });
});

describe('kind words stay in the asker\'s tree', () => {
  const tree = [
    ...ORGANISATIONS,
    organisation(50, 'Gransjö kommun', 'municipality', null),
    organisation(51, 'Socialnämnden Gransjö', 'board', 50),
    organisation(52, 'Socialförvaltningen Gransjö', 'administration', 51),
    organisation(53, 'Tekniska nämnden Gransjö', 'board', 50),
  ];
  const asker = tree.find((candidate) => candidate.id === 51)!;

  it('reads "förvaltningen" as the administration below the asker, never another tree\'s', () => {
    expect(findKindReferences('förvaltningens prognos?', asker, tree).map((mention) => [mention.organisation.name, mention.score])).toEqual([['Socialförvaltningen Gransjö', 1]]);
  });

  it('offers the committees of the asker\'s own tree when the municipality asks about "the committee"', () => {
    const names = findKindReferences('what does the committee forecast?', tree.find((candidate) => candidate.id === 50)!, tree).map((mention) => mention.organisation.name);
    expect(names).toEqual(['Socialnämnden Gransjö', 'Tekniska nämnden Gransjö']);
  });

  it('offers other trees only when the asker\'s has none of the kind ("regionen" asked in a municipality)', () => {
    const names = findKindReferences('hur går det för regionen?', asker, tree).map((mention) => mention.organisation.name);
    expect(names).toEqual(expect.arrayContaining(['Region Halland', 'Region Norrbotten']));
  });
});

describe('names written as people write them', () => {
  const tree = [
    organisation(60, 'Älvbacka kommun', 'municipality', null),
    organisation(61, 'Kultur- och fritidsnämnden Älvbacka', 'board', 60),
    organisation(62, 'Omsorgsnämnden Älvbacka', 'board', 60),
    organisation(63, 'Stadsbussarna Älvbacka', 'business_area', 60),
    organisation(64, 'Regionbussarna Älvbacka', 'business_area', 60),
  ];
  const names = (question: string) => findOrganisationMentions(question, tree).map((mention) => mention.organisation.name);

  it('reads "kultur o fritid" as the committee, without the place its tree is named after', () => {
    expect(names('hur går det för kultur o fritid?')[0]).toBe('Kultur- och fritidsnämnden Älvbacka');
  });

  it('reads "omsorgen" as Omsorgsnämnden: a name compound without its head', () => {
    expect(names('varför går omsorgen så dåligt?')[0]).toBe('Omsorgsnämnden Älvbacka');
  });

  it('finds both units whose names end with "bussarna", as weaker mentions', () => {
    const mentions = findOrganisationMentions('hur går det för bussarna?', tree);
    expect(mentions.map((mention) => mention.organisation.name).sort()).toEqual(['Regionbussarna Älvbacka', 'Stadsbussarna Älvbacka']);
    expect(Math.max(...mentions.map((mention) => mention.score))).toBeLessThan(2);
  });

  it('does not take a kind word for the end of a name ("nämnden" is no Omsorgsnämnden)', () => {
    expect(names('hur går det för nämnden?')).toEqual([]);
  });
});

describe('a kind of part, said in the singular', () => {
  const tree = [
    ...ORGANISATIONS,
    organisation(90, 'Avdelningen Kund', 'business_area', 31),
    organisation(91, 'Avdelningen Stöd', 'business_area', 31),
  ];

  it('offers the asker\'s parts whose name says it ("avdelningen": the "Avdelningen …" units), never another tree\'s', () => {
    const references = findKindReferences('vad visar avdelningen?', byId(31), tree);
    expect(references.map((reference) => [reference.organisation.name, reference.score])).toEqual([['Avdelningen Kund', 0], ['Avdelningen Stöd', 0]]);
  });

  it('finds nothing for an asker without such parts, rather than another tree\'s', () => {
    expect(findKindReferences('vad visar avdelningen?', byId(21), tree)).toEqual([]);
  });
});

describe('names with numbers', () => {
  const numbered = [...ORGANISATIONS, organisation(95, 'Förvaltning 1', 'administration', 1), organisation(96, 'Förvaltning 12', 'administration', 1)];

  it('does not take a number alone for a numbered name ("Kontogrupp 1" is no mention of Förvaltning 1)', () => {
    expect(findOrganisationMentions('Vad är prognosen för Kontogrupp 1?', numbered)).toEqual([]);
  });

  it('finds a numbered name written out', () => {
    expect(findOrganisationMentions('Hur går det för Förvaltning 12?', numbered)[0]?.organisation.name).toBe('Förvaltning 12');
  });
});

describe('findKindReferences, a programme named by its kind', () => {
  const tree: readonly OrganisationRecord[] = [
    organisation(70, 'Region Västkust', 'region', null),
    organisation(71, 'Regionstaben', 'administration', 70),
    organisation(72, 'Journalprogrammet', 'programme', 71),
    organisation(73, 'NOVA', 'programme', 71),
    organisation(74, 'Avdelningen för programutveckling', 'department', 71),
    organisation(75, 'Lönecentrum', 'administration', 70),
    organisation(76, 'Införande av e-tjänster', 'programme', 75),
  ];
  const at = (id: number) => tree.find((candidate) => candidate.id === id)!;

  it('offers every programme of the asker\'s, whatever their names, and no other part', () => {
    for (const question of ['hur går programmet?', "how's the programme tracking?"]) {
      const references = findKindReferences(question, at(71), tree);
      expect(references.map((reference) => reference.organisation.name).sort(), question).toEqual(['Journalprogrammet', 'NOVA']);
      expect(references.every((reference) => reference.score === 0), question).toBe(true);
    }
  });

  it('is the one programme where the asker has one', () => {
    expect(findKindReferences('hur går programmet?', at(75), tree).map((reference) => [reference.organisation.name, reference.score])).toEqual([['Införande av e-tjänster', 1]]);
  });
});
