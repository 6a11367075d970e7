// The Prisma figure store on a real store (SQLite, or PostgreSQL when
// UTFALL_TEST_DATABASE says so): the catalogue holds what was imported and follows
// each import, and figures come back exact, with their source, filtered as asked.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviationInputs, FigureStore, StoreCatalogue } from '../../../src/core/figures/figure-store.js';
import { deviationInputsOf } from '../../../src/core/figures/deviation-inputs-of.js';
import { formatPeriod } from '../../../src/core/figures/period.js';
import { readImportFile } from '../../../src/adapters/files/read-import-file.js';
import { SAMPLES_FOLDER } from '../../../src/app/services/ensure-store-ready.js';
import { importIntoStore, type ImportOutcome } from '../../../src/adapters/prisma/import-into-store.js';
import { createPrismaFigureStore } from '../../../src/adapters/prisma/prisma-figure-store.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

const HEADER = 'organisation;period;item;parent_item;kind;order;measure;value;unit;better;breakdown_group;breakdown;made_in;source;section;remark';

let store: TestStore;
let figures: FigureStore;
let directory: string;
let fileNumber = 0;

async function importFile(file: string): Promise<ImportOutcome> {
  return importIntoStore(store.connection, await readImportFile(file), 'test');
}

async function importCsv(content: string): Promise<ImportOutcome> {
  fileNumber += 1;
  const file = path.join(directory, `figures-${fileNumber}.csv`);
  writeFileSync(file, content);
  return importFile(file);
}

function organisationId(catalogue: StoreCatalogue, name: string): number {
  return catalogue.organisations.find((organisation) => organisation.name === name)!.id;
}

function periodsOf(catalogue: StoreCatalogue, name: string): string[] {
  return (catalogue.reportPeriods.get(organisationId(catalogue, name)) ?? []).map(formatPeriod);
}

beforeAll(async () => {
  store = await createTestStore();
  directory = mkdtempSync(path.join(os.tmpdir(), 'utfall-figure-store-test-'));
  await importFile(path.join(SAMPLES_FOLDER, 'organisations.csv'));
  await importFile(path.join(SAMPLES_FOLDER, 'kommunstyrelsen-2024-08.csv'));
  figures = createPrismaFigureStore(store.connection.prisma);
});

afterAll(async () => {
  await store?.cleanup();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

describe('loadCatalogue', () => {
  it('holds every imported organisation with its aliases, every line item and each organisation’s report periods', async () => {
    const catalogue = await figures.loadCatalogue();
    const { prisma } = store.connection;
    expect(catalogue.organisations.map((organisation) => organisation.name).sort()).toEqual((await prisma.organisation.findMany()).map((row) => row.name).sort());
    expect(catalogue.organisations.find((organisation) => organisation.name === 'Kommunstyrelsen')?.aliases).toContain('KS');
    expect(catalogue.lineItems.map((item) => item.id).sort((a, b) => a - b)).toEqual((await prisma.lineItem.findMany({ orderBy: { id: 'asc' } })).map((row) => row.id));
    expect(catalogue.lineItems.find((item) => item.name === 'Personalkostnader' && item.organisationId === organisationId(catalogue, 'Kommunstyrelsen'))).toMatchObject({ kind: 'cost', better: 'higher' });
    expect(periodsOf(catalogue, 'Kommunstyrelsen')).toEqual(['2024-04', '2024-08']);
    // The same periods listReportPeriods finds, for every organisation; none listed without figures.
    for (const organisation of catalogue.organisations) {
      const listed = (await figures.listReportPeriods(organisation.id)).map(formatPeriod);
      expect(periodsOf(catalogue, organisation.name)).toEqual(listed);
      expect(catalogue.reportPeriods.has(organisation.id)).toBe(listed.length > 0);
    }
  });

  it('hands out the same catalogue until the store changes, also after a file that changes nothing', async () => {
    const first = await figures.loadCatalogue();
    expect(await figures.loadCatalogue()).toBe(first);
    const again = await importFile(path.join(SAMPLES_FOLDER, 'kommunstyrelsen-2024-08.csv'));
    expect(again.status).toBe('unchanged');
    expect(await figures.loadCatalogue()).toBe(first);
  });

  it('gets a new version with the new line item and period after an import', async () => {
    const before = await figures.loadCatalogue();
    const outcome = await importCsv(`${HEADER}\nKommunstyrelsen;2024-09;Testpost katalog;;cost;900;actual;-12,5;tkr;;;;;test.txt;Test;\n`);
    expect(outcome.status).toBe('imported');
    const after = await figures.loadCatalogue();
    expect(after.version).not.toBe(before.version);
    expect(after.lineItems.map((item) => item.name)).toContain('Testpost katalog');
    expect(before.lineItems.map((item) => item.name)).not.toContain('Testpost katalog');
    expect(periodsOf(after, 'Kommunstyrelsen')).toEqual(['2024-04', '2024-08', '2024-09']);
  });

  it('sees a new organisation after an organisations import', async () => {
    const before = await figures.loadCatalogue();
    fileNumber += 1;
    const file = path.join(directory, `organisations-${fileNumber}.csv`);
    writeFileSync(file, 'organisation;parent;kind;aliases;unit\nKatalogförvaltningen;Kommunstyrelsen;administration;KATF;tkr\n');
    await importFile(file);
    const after = await figures.loadCatalogue();
    expect(after.version).not.toBe(before.version);
    expect(after.organisations.find((organisation) => organisation.name === 'Katalogförvaltningen')).toMatchObject({ aliases: ['KATF'], reportUnit: 'tkr' });
    expect(after.reportPeriods.has(organisationId(after, 'Katalogförvaltningen'))).toBe(false);
  });
});

describe('listFigureValues', () => {
  it('returns the same values as listFigures, without their provenance', async () => {
    const catalogue = await figures.loadCatalogue();
    const ks = organisationId(catalogue, 'Kommunstyrelsen');
    const filter = { organisationIds: [ks], periods: [{ year: 2024, month: 8 }] };
    const full = await figures.listFigures(filter);
    const values = await figures.listFigureValues(filter);
    expect(values.length).toBe(full.length);
    expect(values.length).toBeGreaterThan(0);
    // A figure about another period (Utfall 2022, a change since April) is a figure of its own: its reference is part of the key.
    const key = (value: { lineItemId: number; measure: string; breakdownGroup: string; breakdown: string; reference?: { year: number; month: number } | null }) =>
      `${value.lineItemId} ${value.measure} ${value.breakdownGroup} ${value.breakdown} ${value.reference ? `${value.reference.year}-${value.reference.month}` : ''}`;
    expect(full.some((figure) => figure.reference)).toBe(true);
    const byKey = new Map(values.map((value) => [key(value), value]));
    for (const figure of full) {
      const value = byKey.get(key(figure));
      expect(value?.value.toString(), key(figure)).toBe(figure.value.toString());
      expect(value?.unit).toBe(figure.unit);
      expect(value?.reference ?? null).toEqual(figure.reference ?? null);
      expect(value).not.toHaveProperty('source');
    }
  });

  it('reads only what the filter names, and nothing for empty lists', async () => {
    const catalogue = await figures.loadCatalogue();
    const ks = organisationId(catalogue, 'Kommunstyrelsen');
    const other = catalogue.lineItems.find((item) => item.organisationId !== ks)!;
    expect(await figures.listFigureValues({ organisationIds: [ks], lineItemIds: [other.id] })).toEqual([]);
    expect(await figures.listFigureValues({ organisationIds: [] })).toEqual([]);
  });
});

describe('listDeviationInputs', () => {
  it('gathers per line, period and breakdown what deviationInputsOf gathers from the figure values, and no values where a row mixes units', async () => {
    const outcome = await importCsv(
      `${HEADER}\nKommunstyrelsen;2024-10;Blandade enheter;;cost;902;actual;-100;tkr;;;;;blandat.txt;Drift;\nKommunstyrelsen;2024-10;Blandade enheter;;cost;902;budget;-0,2;mnkr;;;;;blandat.txt;Drift;\n`,
    );
    expect(outcome.status).toBe('imported');
    const catalogue = await figures.loadCatalogue();
    const filter = { organisationIds: catalogue.organisations.map((organisation) => organisation.id) };
    const text = (list: readonly DeviationInputs[]) =>
      list.map((inputs) => JSON.stringify([inputs.lineItemId, formatPeriod(inputs.period), inputs.breakdownGroup, inputs.breakdown, inputs.unit, Object.entries(inputs.valuesE4).map(([measure, value]) => `${measure}=${value.toString()}`).sort()])).sort();
    const gathered = await figures.listDeviationInputs(filter);
    expect(text(gathered)).toEqual(text(deviationInputsOf(await figures.listFigureValues(filter))));
    // The sample has rows with both deviations' inputs, and breakdown rows (sick leave by group).
    expect(gathered.filter((inputs) => inputs.valuesE4.actual !== undefined && inputs.valuesE4.budget !== undefined && inputs.valuesE4.forecast !== undefined && inputs.valuesE4.budget_full_year !== undefined).length).toBeGreaterThan(5);
    expect(gathered.some((inputs) => inputs.breakdown !== '')).toBe(true);
    // By period: one (read with plain parameters on PostgreSQL), two, or one named twice; each read more
    // often than PostgreSQL plans a named statement afresh (five times), so its generic plan answers too.
    const august = { year: 2024, month: 8 };
    const october = { year: 2024, month: 10 };
    for (const periods of [[august], [august, october], [october, october]]) {
      const expected = text(gathered.filter((inputs) => periods.some((period) => period.year === inputs.period.year && period.month === inputs.period.month)));
      expect(expected.length).toBeGreaterThan(0);
      for (let run = 0; run < 7; run += 1) expect(text(await figures.listDeviationInputs({ ...filter, periods }))).toEqual(expected);
    }
    const mixed = catalogue.lineItems.find((item) => item.name === 'Blandade enheter')!;
    expect(gathered.filter((inputs) => inputs.lineItemId === mixed.id)).toEqual([{ lineItemId: mixed.id, period: { year: 2024, month: 10 }, breakdownGroup: '', breakdown: '', unit: null, valuesE4: {} }]);
  });
});

describe('findLinesWithMeasures', () => {
  it('finds the lines that have a figure of a measure asked for, as their figures say, and nothing for no measures', async () => {
    const catalogue = await figures.loadCatalogue();
    const ks = organisationId(catalogue, 'Kommunstyrelsen');
    const lines = catalogue.lineItems.filter((item) => item.organisationId === ks).map((item) => item.id);
    const all = await figures.listFigures({ organisationIds: [ks], lineItemIds: lines });
    for (const measures of [['forecast'], ['deviation_percent', 'prior_year_actual'], ['actual']] as const) {
      const expected = [...new Set(all.filter((figure) => (measures as readonly string[]).includes(figure.measure)).map((figure) => figure.lineItemId))].sort((a, b) => a - b);
      expect(expected.length).toBeGreaterThan(0);
      expect((await figures.findLinesWithMeasures({ organisationIds: [ks], lineItemIds: lines }, measures)).sort((a, b) => a - b)).toEqual(expected);
    }
    // Fewer lines have a forecast than an outcome: the measure narrows the lines.
    expect((await figures.findLinesWithMeasures({ organisationIds: [ks], lineItemIds: lines }, ['forecast'])).length).toBeLessThan(lines.length);
    expect(await figures.findLinesWithMeasures({ organisationIds: [ks], lineItemIds: lines }, [])).toEqual([]);
  });
});

describe('listFigures', () => {
  it('returns exact values in the reported unit with their source document', async () => {
    const catalogue = await figures.loadCatalogue();
    const ks = organisationId(catalogue, 'Kommunstyrelsen');
    const income = catalogue.lineItems.find((item) => item.organisationId === ks && item.name === 'Verksamhetens intäkter')!;
    const rows = await figures.listFigures({ organisationIds: [ks], lineItemIds: [income.id], periods: [{ year: 2024, month: 8 }] });
    const actual = rows.find((row) => row.measure === 'actual')!;
    expect(actual).toMatchObject({ lineItemId: income.id, period: { year: 2024, month: 8 }, unit: 'tkr', source: '003_dc08f560d3ebe36d.txt', breakdown: '', madeIn: null });
    expect(actual.value.toString()).toBe('69208');
    expect(rows.every((row) => row.lineItemId === income.id && row.period.month === 8)).toBe(true);
  });

  it('reads only the organisations, line items and periods asked for', async () => {
    const catalogue = await figures.loadCatalogue();
    const ks = organisationId(catalogue, 'Kommunstyrelsen');
    const all = await figures.listFigures({ organisationIds: [ks] });
    expect(all.length).toBeGreaterThan(100);
    const ksItems = new Set(catalogue.lineItems.filter((item) => item.organisationId === ks).map((item) => item.id));
    expect(all.every((row) => ksItems.has(row.lineItemId))).toBe(true);
    const april = await figures.listFigures({ organisationIds: [ks], periods: [{ year: 2024, month: 4 }] });
    expect(april.length).toBeGreaterThan(0);
    expect(april).toEqual(all.filter((row) => row.period.month === 4));
    const both = await figures.listFigures({ organisationIds: [ks], periods: [{ year: 2024, month: 4 }, { year: 2024, month: 9 }] });
    expect(both).toEqual(all.filter((row) => row.period.month === 4 || row.period.month === 9));
    // A period named twice is one period (on PostgreSQL it is then read with plain parameters, not a join).
    expect(await figures.listFigures({ organisationIds: [ks], periods: [{ year: 2024, month: 4 }, { year: 2024, month: 4 }] })).toEqual(april);
    // An item of another organisation is not read through this one.
    const other = catalogue.lineItems.find((item) => item.organisationId !== ks)!;
    expect(await figures.listFigures({ organisationIds: [ks], lineItemIds: [other.id] })).toEqual([]);
  });

  it('reads nothing for empty lists', async () => {
    const catalogue = await figures.loadCatalogue();
    const ks = organisationId(catalogue, 'Kommunstyrelsen');
    expect(await figures.listFigures({ organisationIds: [] })).toEqual([]);
    expect(await figures.listFigures({ organisationIds: [ks], lineItemIds: [] })).toEqual([]);
    expect(await figures.listFigures({ organisationIds: [ks], periods: [] })).toEqual([]);
  });
});
