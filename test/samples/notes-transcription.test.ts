// Checks the deviation causes in data/samples/notes-*.csv against the four seed
// reports they were transcribed from (copies in test/fixtures/seeds/), note by note:
// - every note is quoted verbatim from its seed report once whitespace is
//   normalised (line breaks from the PDF extraction count as spaces, and a word
//   hyphenated across a line break may be joined again);
// - every organisation is in organisations.csv and has figures in the note's
//   period, and every line item named exists for that organisation and period in
//   the figure files;
// - the files obey the notes format of docs/import-format.md (exact header,
//   YYYY-MM periods, required cells, no repeated organisation/period/item/note).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SAMPLES = path.resolve(repoRoot, 'data', 'samples');
const SEEDS = path.resolve(repoRoot, 'test', 'fixtures', 'seeds');

/** Each notes file, the seed report it transcribes and the figures file it refers to. */
const NOTES_FILES: readonly { readonly notes: string; readonly seed: string; readonly figures: string }[] = [
  { notes: 'notes-regionkontoret-2024-10.csv', seed: '000_c522120b4861883b.txt', figures: 'regionkontoret-2024-10.csv' },
  { notes: 'notes-it-forvaltningen-2024-09.csv', seed: '001_77dc30a1c924902e.txt', figures: 'it-forvaltningen-2024-09.csv' },
  { notes: 'notes-lansteknik-2021-04.csv', seed: '002_55e9759e0f416098.txt', figures: 'lansteknik-2021-04.csv' },
  { notes: 'notes-kommunstyrelsen-2024-08.csv', seed: '003_dc08f560d3ebe36d.txt', figures: 'kommunstyrelsen-2024-08.csv' },
];
const FIGURE_FILES = NOTES_FILES.map((f) => f.figures);
const NOTE_HEADER = 'organisation;period;item;note;author;source;section';

// ---------------------------------------------------------------------------
// Reading the files

type Row = Record<string, string>;

function readCsv(file: string): { header: string; rows: Row[] } {
  const text = readFileSync(path.join(SAMPLES, file), 'utf8');
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const rows = parse(text, { delimiter: ';', columns: true, skip_empty_lines: true }) as Row[];
  return { header, rows };
}

interface Note {
  readonly file: string;
  readonly line: number;
  readonly organisation: string;
  readonly period: string;
  readonly item: string;
  readonly note: string;
  readonly author: string;
  readonly source: string;
  readonly section: string;
}

function readNotes(file: string): { header: string; notes: Note[] } {
  const { header, rows } = readCsv(file);
  const notes = rows.map((row, index): Note => {
    const cell = (column: string): string => row[column] ?? '';
    return {
      file,
      line: index + 2,
      organisation: cell('organisation'),
      period: cell('period'),
      item: cell('item'),
      note: cell('note'),
      author: cell('author'),
      source: cell('source'),
      section: cell('section'),
    };
  });
  return { header, notes };
}

const notesFiles = new Map(NOTES_FILES.map(({ notes }) => [notes, readNotes(notes)] as const));
const allNotes: Note[] = [...notesFiles.values()].flatMap((f) => f.notes);
const describeNote = (n: Note): string => `${n.file}:${n.line} ${n.organisation} / ${n.period} / ${n.item || '(no item)'}: "${n.note.slice(0, 70)}…"`;

const organisations = new Set(readCsv('organisations.csv').rows.map((row) => (row.organisation ?? '').trim()));

/** Line items per organisation and period, and the periods each organisation has figures in, over all figure files. */
const itemsByOrganisationPeriod = new Set<string>();
const periodsByOrganisation = new Map<string, Set<string>>();
for (const file of FIGURE_FILES) {
  for (const row of readCsv(file).rows) {
    const organisation = (row.organisation ?? '').trim();
    const period = (row.period ?? '').trim();
    itemsByOrganisationPeriod.add([organisation, period, (row.item ?? '').trim()].join(' / '));
    const periods = periodsByOrganisation.get(organisation) ?? new Set<string>();
    periods.add(period);
    periodsByOrganisation.set(organisation, periods);
  }
}

// ---------------------------------------------------------------------------
// Matching quotations against the seed text

/** Every run of whitespace (line breaks included) turned into one space. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The seed text in the forms a verbatim quotation may be matched against, each with
 * whitespace normalised: as extracted ("avskrivnings- kostnader", "barn- och"); with
 * words hyphenated across a line break joined again ("avskrivningskostnader"); and
 * with the line break after a real hyphen dropped ("IT-avdelningens").
 */
function seedForms(text: string): readonly string[] {
  return [normalise(text), normalise(text.replace(/-\s*\n\s*/g, '')), normalise(text.replace(/-[^\S\n]*\n\s*/g, '-'))];
}

const seedText = new Map(NOTES_FILES.map(({ seed }) => [seed, seedForms(readFileSync(path.join(SEEDS, seed), 'utf8'))] as const));

/** Whether the quotation occurs verbatim in the seed report, in any of its normalised forms. */
function quotedFrom(seed: string, quote: string): boolean {
  const forms = seedText.get(seed);
  if (!forms) throw new Error(`unknown seed ${seed}`);
  const wanted = normalise(quote);
  return wanted.length > 0 && forms.some((form) => form.includes(wanted));
}

// ---------------------------------------------------------------------------
// Tests

describe('notes files', () => {
  for (const { notes: file, seed } of NOTES_FILES) {
    describe(file, () => {
      const { header, notes } = notesFiles.get(file)!;

      it('has the exact notes header and at least one row', () => {
        expect(header).toBe(NOTE_HEADER);
        expect(notes.length).toBeGreaterThan(0);
      });

      it(`takes every note from ${seed}`, () => {
        for (const note of notes) expect(note.source, describeNote(note)).toBe(seed);
      });

      it('fills the required cells, without stray whitespace', () => {
        for (const note of notes) {
          for (const [column, value] of Object.entries({ organisation: note.organisation, period: note.period, note: note.note, author: note.author, source: note.source, section: note.section })) {
            expect(value, `${describeNote(note)}: ${column}`).not.toBe('');
            expect(value, `${describeNote(note)}: ${column}`).toBe(value.trim());
          }
          expect(note.item, describeNote(note)).toBe(note.item.trim());
          expect(note.note.length, describeNote(note)).toBeLessThanOrEqual(4000);
          expect(note.note, `${describeNote(note)}: note is not whitespace-normalised`).toBe(normalise(note.note));
        }
      });

      it('has one author for the whole report', () => {
        expect(new Set(notes.map((n) => n.author)).size).toBe(1);
      });
    });
  }
});

describe('notes against the seed reports', () => {
  it('quotes every note verbatim from its seed report (whitespace normalised, hyphenated line breaks joined)', () => {
    const missing = allNotes.filter((note) => !quotedFrom(note.source, note.note)).map(describeNote);
    expect(missing).toEqual([]);
  });

  it('rejects a note altered by one word', () => {
    const note = allNotes.find((n) => n.note.includes('vakanta tjänster'));
    expect(note, 'a note mentioning vakanta tjänster').toBeDefined();
    expect(quotedFrom(note!.source, note!.note)).toBe(true);
    expect(quotedFrom(note!.source, note!.note.replace('vakanta tjänster', 'tillsatta tjänster'))).toBe(false);
  });

  it('rejects a note whose number is changed, and a note quoted from another report', () => {
    const note = allNotes.find((n) => n.note.includes('5 484 tkr'));
    expect(note, 'the note on 5 484 tkr').toBeDefined();
    expect(quotedFrom(note!.source, note!.note.replace('5 484 tkr', '5 485 tkr'))).toBe(false);
    expect(quotedFrom('000_c522120b4861883b.txt', note!.note)).toBe(false);
  });

  it('joins words hyphenated across a line break, and only where the report breaks them', () => {
    expect(quotedFrom('002_55e9759e0f416098.txt', 'till viss del avskrivningskostnader och intäkter')).toBe(true);
    expect(quotedFrom('002_55e9759e0f416098.txt', 'till viss del avskrivnings- kostnader och intäkter')).toBe(true);
    expect(quotedFrom('003_dc08f560d3ebe36d.txt', 'förväntas IT-avdelningens intäkter')).toBe(true);
    expect(quotedFrom('003_dc08f560d3ebe36d.txt', 'förväntas ITavdelningens intäkter')).toBe(true);
    expect(quotedFrom('003_dc08f560d3ebe36d.txt', 'flyttades från barn- och ungdomsnämnden')).toBe(true);
    expect(quotedFrom('002_55e9759e0f416098.txt', 'avskrivningskostnaderna')).toBe(false);
    expect(quotedFrom('000_c522120b4861883b.txt', '')).toBe(false);
  });
});

describe('notes against the organisations and figures', () => {
  it('names organisations that are in organisations.csv', () => {
    const unknown = allNotes.filter((n) => !organisations.has(n.organisation)).map(describeNote);
    expect(unknown).toEqual([]);
  });

  it('uses YYYY-MM periods in which the organisation has figures', () => {
    for (const note of allNotes) {
      expect(note.period, describeNote(note)).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
      expect(periodsByOrganisation.get(note.organisation)?.has(note.period), `${describeNote(note)}: no figures for ${note.organisation} in ${note.period}`).toBe(true);
    }
  });

  it('names line items that the figure files hold for that organisation and period', () => {
    const unknown = allNotes.filter((n) => n.item !== '' && !itemsByOrganisationPeriod.has([n.organisation, n.period, n.item].join(' / '))).map(describeNote);
    expect(unknown).toEqual([]);
  });

  it('ties most notes to a line item', () => {
    const withoutItem = allNotes.filter((n) => n.item === '');
    expect(withoutItem.length).toBeLessThanOrEqual(Math.floor(allNotes.length / 10));
  });

  it('has no repeated organisation, period, item and note', () => {
    const seen = new Map<string, Note>();
    const repeated: string[] = [];
    for (const note of allNotes) {
      const key = [note.organisation, note.period, note.item, normalise(note.note)].join('\u0000');
      const earlier = seen.get(key);
      if (earlier) repeated.push(`${describeNote(note)} repeats ${earlier.file}:${earlier.line}`);
      else seen.set(key, note);
    }
    expect(repeated).toEqual([]);
  });
});
