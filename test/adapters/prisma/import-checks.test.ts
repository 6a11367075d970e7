// The import's arithmetic checks on a real store (SQLite, or PostgreSQL when
// UTFALL_TEST_DATABASE says so): a printed deviation, difference, percentage or
// total against the rows it relates to; within rounding a note on the figure,
// beyond it a warning naming the lines, a unit or sign error a rejection with the
// reason; every check recorded with its batch.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportRejectedError } from '../../../src/core/import/import-problem.js';
import { factOf } from '../../../src/core/questions/answer-builder.js';
import { buildStatement } from '../../../src/core/figures/build-statement.js';
import { readImportFile } from '../../../src/adapters/files/read-import-file.js';
import { importIntoStore, type ImportOutcome } from '../../../src/adapters/prisma/import-into-store.js';
import { createPrismaFigureStore } from '../../../src/adapters/prisma/prisma-figure-store.js';
import { listFigureChecks } from '../../../src/adapters/prisma/read-figure-checks.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

const COLUMNS = ['organisation', 'period', 'item', 'parent_item', 'kind', 'order', 'measure', 'value', 'unit', 'total', 'breakdown_group', 'breakdown', 'reference', 'source', 'report', 'section', 'flag'];
const HEADER = COLUMNS.join(';');
/** Text with the no-break spaces of Swedish number formatting as plain spaces. */
const plain = (text: string) => text.replace(/[\u00A0\u202F]/gu, ' ');

let store: TestStore;
let directory: string;
let fileNumber = 0;

/** A figures row of Testnämnden for 2025-06 (a cost in tkr unless told otherwise). */
function row(cells: Partial<Record<string, string>>): string {
  const base: Record<string, string> = {
    organisation: 'Testnämnden', period: '2025-06', item: 'Personalkostnader', parent_item: '', kind: 'cost', order: '10', measure: 'actual', value: '-1 000', unit: 'tkr', total: '',
    breakdown_group: '', breakdown: '', reference: '', source: 'test-rapport.pdf', report: 'Delårsrapport juni 2025, Testnämnden', section: 'Ekonomi > Drift', flag: '',
  };
  return COLUMNS.map((column) => cells[column] ?? base[column]!).join(';');
}

function writeCsv(lines: readonly string[]): string {
  fileNumber += 1;
  const file = path.join(directory, `checks-${fileNumber}.csv`);
  writeFileSync(file, `${[HEADER, ...lines].join('\n')}\n`);
  return file;
}

async function importFile(file: string): Promise<ImportOutcome> {
  return importIntoStore(store.connection, await readImportFile(file), 'test');
}

async function rejectionOf(file: string): Promise<ImportRejectedError> {
  const before = await store.connection.prisma.figure.count();
  const caught = await importFile(file).then(() => null, (error: unknown) => error);
  expect(caught).toBeInstanceOf(ImportRejectedError);
  expect(await store.connection.prisma.figure.count()).toBe(before);
  expect(await store.connection.prisma.figureCheck.count({ where: { batch: { fileName: path.basename(file) } } })).toBe(0);
  return caught as ImportRejectedError;
}

/** Personalkostnader with a forecast of −112 465 and a budget of −114 196 tkr, and its printed forecast deviation. */
const personnel = (forecastDeviation: string, extra: Partial<Record<string, string>> = {}) => [
  row({ measure: 'budget_full_year', value: '-114 196' }),
  row({ measure: 'forecast', value: '-112 465' }),
  row({ measure: 'forecast_deviation', value: forecastDeviation, ...extra }),
];

beforeAll(async () => {
  store = await createTestStore();
  directory = mkdtempSync(path.join(os.tmpdir(), 'utfall-import-checks-'));
  const organisations = path.join(directory, 'organisations.csv');
  writeFileSync(organisations, 'organisation;parent;kind;aliases;unit\nTestnämnden;;board;;tkr\nTestenhet A;Testnämnden;unit;;tkr\nTestenhet B;Testnämnden;unit;;tkr\n');
  await importFile(organisations);
});

afterAll(async () => {
  await store?.cleanup();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

describe('checks of printed figures on import', () => {
  it('accepts a printed deviation beside budget and forecast, records the check with the batch, and keeps a rounding difference as a note on the figure', async () => {
    const outcome = await importFile(writeCsv(personnel('1 730')));
    expect(outcome).toMatchObject({ status: 'imported', rowCount: 3, warnings: [], checks: { agrees: 0, rounding: 1, warning: 0 } });
    const [check] = await store.connection.prisma.figureCheck.findMany({ where: { batchId: outcome.batchId } });
    expect(check).toMatchObject({ relation: 'forecast_deviation', outcome: 'rounding', measure: 'forecast_deviation', unit: 'tkr', lines: '4,3,2' });
    expect(plain(check!.formula)).toBe('114 196 − 112 465');
    expect(check!.reportedE4).toBe(17_300_000_000n);
    expect(check!.computedE4).toBe(17_310_000_000n);

    const figures = createPrismaFigureStore(store.connection.prisma);
    const organisation = (await figures.listOrganisations()).find((candidate) => candidate.name === 'Testnämnden')!;
    const statement = buildStatement({ organisation, items: await figures.listLineItems([organisation.id]), figures: await figures.listFigures({ organisationIds: [organisation.id] }), period: { year: 2025, month: 6 } });
    const printed = statement.rows[0]!.forecastDeviation!;
    expect(printed.value.toString()).toBe('1730');
    expect(printed.reported).toBeDefined();
    const fact = factOf('Testnämnden', 'Personalkostnader', printed.reported!.value, 'sv');
    expect(fact).toMatchObject({ label: 'Prognosavvikelse mot helårsbudget 2025', source: 'Delårsrapport juni 2025, Testnämnden › Ekonomi › Drift' });
    expect(fact.notes!.map(plain)).toEqual(['rapporten anger 1 730 tkr; 114 196 − 112 465 = 1 731 tkr, skillnaden är avrundning']);
    expect(factOf('Testnämnden', 'Personalkostnader', printed.reported!.value, 'en').notes!.map(plain)).toEqual(['the report states 1 730 tkr; 114 196 − 112 465 = 1 731 tkr, the difference is rounding']);
  });

  it('warns, naming both lines, when a printed deviation contradicts budget and forecast beyond rounding, and still imports', async () => {
    const outcome = await importFile(writeCsv([row({ period: '2025-07', measure: 'budget_full_year', value: '-114 196' }), row({ period: '2025-07', measure: 'forecast', value: '-112 465' }), row({ period: '2025-07', measure: 'forecast_deviation', value: '1 830' })]));
    expect(outcome.checks).toEqual({ agrees: 0, rounding: 0, warning: 1 });
    expect(outcome.warnings).toHaveLength(1);
    expect(outcome.warnings![0]).toMatchObject({ line: 4, column: 'value' });
    expect(plain(outcome.warnings![0]!.reason)).toBe(
      'Testnämnden / Personalkostnader 2025-07: the printed forecast deviation 1 830 tkr disagrees with lines 3 and 2: 114 196 − 112 465 = 1 731 tkr, 99 tkr apart, more than the rounding of the figures allows',
    );
    const { checks } = await listFigureChecks(store.connection.prisma, (await store.connection.prisma.organisation.findFirstOrThrow({ where: { name: 'Testnämnden' } })).id, { year: 2025, month: 7 });
    expect(checks.map((check) => [check.outcome, check.current, check.lines])).toEqual([['warning', true, [4, 3, 2]]]);
  });

  it('rejects a deviation that is a thousand times what its lines give, as a unit error', async () => {
    const error = await rejectionOf(writeCsv([row({ period: '2025-08', measure: 'budget_full_year', value: '-114 196' }), row({ period: '2025-08', measure: 'forecast', value: '-112 465' }), row({ period: '2025-08', measure: 'forecast_deviation', value: '1 731', unit: 'mnkr' })]));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ line: 4, column: 'value' });
    expect(plain(error.problems[0]!.reason)).toBe('Testnämnden / Personalkostnader 2025-08: the printed forecast deviation 1 731 mnkr is 1 000 times what lines 3 and 2 give (114,196 − 112,465 = 1,731 mnkr): a unit error (tkr written as mnkr, or the reverse) in one of these lines');
  });

  it('rejects a deviation with the opposite sign of what its lines give, as a flipped sign', async () => {
    const error = await rejectionOf(writeCsv([row({ period: '2025-08', measure: 'actual', value: '-70 328' }), row({ period: '2025-08', measure: 'budget', value: '-75 812' }), row({ period: '2025-08', measure: 'deviation', value: '-5 484' })]));
    expect(error.problems.map((problem) => problem.line)).toEqual([4]);
    expect(error.problems[0]!.reason).toContain('has the opposite sign of what lines 2 and 3 give');
    expect(error.problems[0]!.reason).toContain('a flipped sign');
  });

  it('warns instead of rejecting where the row is flagged as a contradiction in the report', async () => {
    const flag = 'Texten anger en negativ avvikelse, tabellen en positiv.';
    const outcome = await importFile(writeCsv([row({ period: '2025-09', measure: 'actual', value: '-70 328' }), row({ period: '2025-09', measure: 'budget', value: '-75 812' }), row({ period: '2025-09', measure: 'deviation', value: '-5 484', flag })]));
    expect(outcome.checks).toEqual({ agrees: 0, rounding: 0, warning: 1 });
    expect(outcome.warnings![0]!.reason).toContain('flagged as a contradiction in the report');
    const stored = await store.connection.prisma.figure.findFirstOrThrow({ where: { measure: 'deviation', year: 2025, month: 9 } });
    expect(stored.flag).toBe(flag);
  });

  it('checks a total against its lines and its breakdown, and a sub-units total against the same line below it', async () => {
    const outcome = await importFile(
      writeCsv([
        row({ period: '2025-10', item: 'Verksamhetens kostnader', order: '5', total: 'lines', value: '-1 500' }),
        row({ period: '2025-10', item: 'Personalkostnader', parent_item: 'Verksamhetens kostnader', value: '-1 000' }),
        row({ period: '2025-10', item: 'Lokalhyror', parent_item: 'Verksamhetens kostnader', order: '20', value: '-499' }),
        row({ period: '2025-10', item: 'Verksamhetens kostnader', order: '5', total: 'lines', value: '-900', breakdown_group: 'Del', breakdown: 'Lön' }),
        row({ period: '2025-10', item: 'Verksamhetens kostnader', order: '5', total: 'lines', value: '-700', breakdown_group: 'Del', breakdown: 'Övrigt' }),
        row({ period: '2025-10', item: 'Resultat', kind: 'result', order: '1', measure: 'deviation', value: '30', total: 'sub-units' }),
        row({ period: '2025-10', organisation: 'Testenhet A', item: 'Resultat', kind: 'result', order: '1', measure: 'deviation', value: '10' }),
        row({ period: '2025-10', organisation: 'Testenhet B', item: 'Resultat', kind: 'result', order: '1', measure: 'deviation', value: '20' }),
      ]),
    );
    expect(outcome.checks).toEqual({ agrees: 1, rounding: 1, warning: 1 });
    const reasons = outcome.warnings!.map((warning) => plain(warning.reason));
    expect(reasons).toEqual(['Testnämnden / Verksamhetens kostnader 2025-10: the printed total −1 500 tkr disagrees with lines 5 and 6: −900 − 700 = −1 600 tkr, 100 tkr apart, more than the rounding of the figures allows']);
    const checks = await store.connection.prisma.figureCheck.findMany({ where: { batchId: outcome.batchId }, orderBy: { id: 'asc' } });
    expect(checks.map((check) => [check.relation, check.outcome, plain(check.formula)])).toEqual([
      ['total', 'rounding', '−1 000 − 499'],
      ['total', 'warning', '−900 − 700'],
      ['total', 'agrees', '10 + 20'],
    ]);
  });

  it('checks a printed percentage and a share against the figures they come from', async () => {
    const outcome = await importFile(
      writeCsv([
        row({ period: '2025-11', item: 'Intäkter', kind: 'income', order: '1', value: '69 208' }),
        row({ period: '2025-11', item: 'Debitering', kind: 'income', parent_item: 'Intäkter', order: '2', value: '39 635' }),
        row({ period: '2025-11', item: 'Debitering', kind: 'income', parent_item: 'Intäkter', order: '2', measure: 'share', value: '57', unit: '%' }),
        row({ period: '2025-11', item: 'Resultat', kind: 'result', order: '3', measure: 'actual', value: '-552,9', unit: 'mnkr' }),
        row({ period: '2025-11', item: 'Resultat', kind: 'result', order: '3', measure: 'budget', value: '-577,4', unit: 'mnkr' }),
        row({ period: '2025-11', item: 'Resultat', kind: 'result', order: '3', measure: 'deviation_percent', value: '5,2', unit: '%' }),
      ]),
    );
    const checks = await store.connection.prisma.figureCheck.findMany({ where: { batchId: outcome.batchId }, orderBy: { id: 'asc' } });
    expect(checks.map((check) => [check.relation, check.outcome, plain(check.formula)])).toEqual([
      ['share', 'agrees', '39 635 / 69 208 × 100'],
      ['deviation_percent', 'warning', '(577,4 − 552,9) / 577,4 × 100'],
    ]);
  });

  it('rejects a file whose amounts are a thousand times the same lines already in the store: tkr labelled mnkr', async () => {
    const lines = (unit: string, period: string) => [
      row({ period, item: 'Löner', value: '-70 328', unit }),
      row({ period, item: 'Hyror', order: '20', value: '-5 109', unit }),
      row({ period, item: 'Tjänster', order: '30', value: '-31 150', unit }),
      row({ period, item: 'Avgifter', kind: 'income', order: '1', value: '69 208', unit }),
    ];
    await importFile(writeCsv(lines('tkr', '2026-01')));
    const error = await rejectionOf(writeCsv(lines('mnkr', '2026-02')));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ line: null, column: 'unit' });
    expect(plain(error.problems[0]!.reason)).toMatch(/^the amounts look like tkr labelled mnkr: 4 of the 4 lines that Testnämnden has reported before are about 1 000 times their stored figures \(line 2: Löner actual −70 328 mnkr, stored −70 328 tkr for 2026-01;/u);
    // The same figures in tkr are welcome.
    expect((await importFile(writeCsv(lines('tkr', '2026-02')))).status).toBe('imported');
  });
});
