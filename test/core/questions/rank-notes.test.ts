// Which notes answer a question best: the words the question shares with a note count by how
// rare they are among the notes ranked, so a word every note has ("budget") cannot outweigh the
// one word that only the right note has.
import { describe, expect, it } from 'vitest';
import type { StoreCatalogue } from '../../../src/core/figures/figure-store.js';
import type { NoteRecord, OrganisationRecord } from '../../../src/core/figures/records.js';
import { questionCatalogue } from '../../../src/core/questions/catalogue/question-catalogue.js';
import { readQuestion } from '../../../src/core/questions/reading/read-question.js';
import { loadLexicon } from '../../../src/core/questions/lexicon/load-lexicon.js';
import { rankNotes } from '../../../src/core/questions/rank-notes.js';

const HOME: OrganisationRecord = { id: 1, name: 'Tekniska nämnden', kind: 'board', parentId: null, reportUnit: 'mnkr', aliases: [] };
const CATALOGUE = questionCatalogue({ version: 1, organisations: [HOME], lineItems: [], reportPeriods: new Map() } satisfies StoreCatalogue);

function note(id: number, text: string): NoteRecord {
  return { id, organisationId: 1, lineItemId: null, period: { year: 2024, month: 8 }, text, author: 'Controller', source: 'rapport.txt', createdAt: new Date(0) };
}

const NOTES = [
  note(1, 'Kostnaderna ligger över budget, och prognosen för kostnaderna är osäker.'),
  note(2, 'Vinterväghållningen blev dyrare efter snörika månader.'),
  note(3, 'Personalkostnaderna ligger under budget på grund av vakanser.'),
  note(4, 'Intäkterna från parkeringsavgifter ligger över budget, kostnaderna i nivå.'),
];

function ranked(question: string): number[] {
  return rankNotes(NOTES, readQuestion(question, CATALOGUE, HOME), loadLexicon()).map((entry) => entry.note.id);
}

describe('rankNotes', () => {
  it('puts the note with the question’s rare word first, before a note that repeats its common one', () => {
    expect(ranked('varför ligger kostnaderna för vinterväghållningen över budget?')[0]).toBe(2);
    expect(ranked('vad säger rapporten om kostnaderna, budgeten och parkeringsavgifterna?')[0]).toBe(4);
  });

  it('leaves out notes that share no word with the question', () => {
    expect(ranked('vinterväghållningen?')).not.toContain(3);
  });
});

describe('rankNotes, a question about what is being done', () => {
  const notes = [
    note(11, 'Kostnaderna för el har ökat kraftigt under våren.'),
    note(12, 'Fortsatt anställningsstopp resten av året.'),
    note(13, 'En översyn av alla serviceavtal pågår.'),
  ];
  const order = (question: string) => rankNotes(notes, readQuestion(question, CATALOGUE, HOME), loadLexicon()).map((entry) => entry.note.id);

  it.each(['vad gör ni för att få ner kostnaderna?', 'what measures are being taken on costs?'])('puts the notes that say what is done before a cause for %j', (question) => {
    const ids = order(question);
    expect(ids.slice(0, 2).sort()).toEqual([12, 13]);
  });
});

describe('rankNotes, a word the glossary gives several words for', () => {
  // "Väntetid" stands for "första besök inom": a note with only one everyday word of them ("först") does not speak of it.
  const notes = [note(21, 'Ombyggnaden av köket blir klar först i december.'), note(22, 'Andelen som fick ett första besök inom 90 dagar sjönk till 71 procent.')];
  const spoken = (question: string) => rankNotes(notes, readQuestion(question, CATALOGUE, HOME), loadLexicon(), [], { contentRequired: true }).map((entry) => entry.note.id);

  it.each(['hur långa är väntetiderna nu?', 'hur ser vårdköerna ut?'])('takes only the note with all the words for %j', (question) => {
    expect(spoken(question)).toEqual([22]);
  });
});
