// Organisation trees kept apart (issue 18), in a real store: two municipalities
// with a Kommunstyrelsen each, both answerable and neither disturbed by imports
// into the other; a re-parenting row refused unless it says move; an alias
// collision a row error naming its owner; a name in several trees never guessed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportRejectedError } from '../../../src/core/import/import-problem.js';
import { readImportFile } from '../../../src/adapters/files/read-import-file.js';
import { importIntoStore, type ImportOptions, type ImportOutcome } from '../../../src/adapters/prisma/import-into-store.js';
import { createPrismaFigureStore } from '../../../src/adapters/prisma/prisma-figure-store.js';
import { createOfflineAskService } from '../../../src/core/answering/ask-service.js';
import { createPrismaPeopleStore } from '../../../src/adapters/prisma/prisma-people-store.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

const ORGANISATIONS = 'tree;organisation;parent;kind;aliases;unit';
const FIGURES = 'tree;organisation;period;item;kind;order;measure;value;unit;source;section';

let store: TestStore;
let directory: string;
let fileNumber = 0;

function writeCsv(lines: readonly string[]): string {
  fileNumber += 1;
  const file = path.join(directory, `trees-${fileNumber}.csv`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

async function importLines(lines: readonly string[], options: ImportOptions = {}): Promise<ImportOutcome> {
  return importIntoStore(store.connection, await readImportFile(writeCsv(lines)), 'test', options);
}

async function rejectionOf(lines: readonly string[], options: ImportOptions = {}): Promise<ImportRejectedError> {
  const before = await snapshot();
  const caught = await importLines(lines, options).then(
    () => null,
    (error: unknown) => error,
  );
  expect(caught).toBeInstanceOf(ImportRejectedError);
  expect(await snapshot()).toEqual(before);
  return caught as ImportRejectedError;
}

/** Every organisation with its parent and aliases, and every figure's value: what an import must not disturb. */
async function snapshot() {
  const { prisma } = store.connection;
  const organisations = await prisma.organisation.findMany({ include: { aliases: true }, orderBy: { id: 'asc' } });
  const figures = await prisma.figure.findMany({ orderBy: { id: 'asc' }, select: { id: true, lineItemId: true, valueE4: true } });
  return { organisations: organisations.map((organisation) => [organisation.id, organisation.name, organisation.treeId, organisation.parentId, organisation.aliases.map((alias) => alias.alias).sort()]), figures: figures.map((figure) => [figure.id, figure.lineItemId, figure.valueE4.toString()]) };
}

async function treeOf(name: string): Promise<{ id: number; parentId: number | null; treeId: number }[]> {
  return store.connection.prisma.organisation.findMany({ where: { name }, select: { id: true, parentId: true, treeId: true }, orderBy: { id: 'asc' } });
}

beforeAll(async () => {
  store = await createTestStore();
  directory = mkdtempSync(path.join(os.tmpdir(), 'utfall-trees-'));
  for (const town of ['Ankeby', 'Bergby']) {
    await importLines([ORGANISATIONS, `;${town} kommun;;municipality;${town};mnkr`, `;Kommunstyrelsen;${town} kommun;board;KS;mnkr`, `;Kommunledningskontoret;Kommunstyrelsen;administration;KLK;mnkr`]);
  }
  await importLines([FIGURES, 'Ankeby kommun;Kommunstyrelsen;2025-08;Verksamhetens nettokostnad;result;10;actual;-111,1;mnkr;ankeby.pdf;Drift']);
  await importLines([FIGURES, 'Bergby kommun;Kommunstyrelsen;2025-08;Verksamhetens nettokostnad;result;10;actual;-222,2;mnkr;bergby.pdf;Drift']);
});

afterAll(async () => {
  await store?.cleanup();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

describe('two municipalities with a Kommunstyrelsen each', () => {
  it('keeps both, each under its own municipality with its own aliases', async () => {
    const boards = await treeOf('Kommunstyrelsen');
    expect(boards).toHaveLength(2);
    expect(new Set(boards.map((board) => board.treeId)).size).toBe(2);
    const aliases = await store.connection.prisma.organisationAlias.findMany({ where: { alias: 'KS' } });
    expect(aliases.map((alias) => alias.organisationId).sort()).toEqual(boards.map((board) => board.id).sort());
  });

  it('answers each from its own figures, asked from within its tree', async () => {
    const service = createOfflineAskService(createPrismaFigureStore(store.connection.prisma));
    const ankeby = await service.askNamingHome({ text: 'Hur stor är verksamhetens nettokostnad?', homeOrganisation: 'Kommunstyrelsen (Ankeby kommun)' });
    const bergby = await service.askNamingHome({ text: 'Hur stor är verksamhetens nettokostnad?', homeOrganisation: 'Kommunstyrelsen (Bergby kommun)' });
    expect(ankeby.status).toBe('answered');
    expect(ankeby.text).toContain('111,1');
    expect(ankeby.text).not.toContain('222,2');
    expect(bergby.status).toBe('answered');
    expect(bergby.text).toContain('222,2');
    expect(bergby.text).not.toContain('111,1');
  });

  it('leaves the other tree exactly as it was when one tree is imported into', async () => {
    const bergbyBoard = (await treeOf('Kommunstyrelsen'))[1]!;
    const before = await snapshot();
    await importLines([FIGURES, 'Ankeby kommun;Kommunstyrelsen;2025-08;Verksamhetens nettokostnad;result;10;actual;-111,9;mnkr;ankeby-v2.pdf;Drift', ';Kommunledningskontoret;2025-08;Lokaler;cost;20;actual;-5;mnkr;ankeby-v2.pdf;Drift'], { tree: 'Ankeby kommun' });
    await importLines([ORGANISATIONS, 'Ankeby kommun;Kommunstyrelsen;Ankeby kommun;board;KS|Styrelsen;mnkr']);
    const after = await snapshot();
    const bergbyIds = new Set((await store.connection.prisma.organisation.findMany({ where: { treeId: bergbyBoard.treeId }, select: { id: true } })).map((organisation) => organisation.id));
    const inBergby = (state: typeof before) => state.organisations.filter(([id]) => bergbyIds.has(id as number));
    expect(inBergby(after)).toEqual(inBergby(before));
    const bergbyItems = new Set((await store.connection.prisma.lineItem.findMany({ where: { organisationId: { in: [...bergbyIds] } }, select: { id: true } })).map((item) => item.id));
    const bergbyFigures = (state: typeof before) => state.figures.filter(([, lineItemId]) => bergbyItems.has(lineItemId as number));
    expect(bergbyFigures(after)).toEqual(bergbyFigures(before));
    expect(bergbyFigures(after).length).toBeGreaterThan(0);
  });

  it('refuses a figures row naming a name of several trees without its tree, naming the trees', async () => {
    const error = await rejectionOf([FIGURES, ';Kommunstyrelsen;2025-08;Verksamhetens nettokostnad;result;10;actual;-1;mnkr;x.pdf;Drift']);
    expect(error.problems).toEqual([{ line: 2, column: 'organisation', reason: expect.stringMatching(/several trees \(Ankeby kommun, Bergby kommun\).*tree/) }]);
  });

  it('refuses a tree that is not in the store, listing those that are', async () => {
    const error = await rejectionOf([FIGURES, 'Cedby kommun;Kommunstyrelsen;2025-08;Verksamhetens nettokostnad;result;10;actual;-1;mnkr;x.pdf;Drift']);
    expect(error.problems[0]).toEqual({ line: 2, column: 'tree', reason: expect.stringMatching(/"Cedby kommun" is not a tree.*Ankeby kommun/) });
  });

  it('registers a person by "name (tree)" where the name alone is in several trees, and refuses the bare name', async () => {
    const people = createPrismaPeopleStore(store.connection.prisma);
    await expect(people.savePerson({ email: 'eva@bergby.se', name: 'Eva', role: 'controller', homeOrganisation: 'Kommunstyrelsen' })).rejects.toThrow(/Kommunstyrelsen \(Ankeby kommun\), Kommunstyrelsen \(Bergby kommun\)/);
    const saved = await people.savePerson({ email: 'eva@bergby.se', name: 'Eva', role: 'controller', homeOrganisation: 'Kommunstyrelsen (Bergby kommun)' });
    expect(saved.homeOrganisationId).toBe((await treeOf('Kommunstyrelsen'))[1]!.id);
  });
});

describe('a new municipality whose rows name organisations another tree has', () => {
  it('starts its own tree instead of moving the other tree’s Kommunstyrelsen (the row of the issue)', async () => {
    const before = await treeOf('Kommunstyrelsen');
    await importLines(['organisation;parent;kind;aliases;unit', 'Kommunen;;municipality;;tkr', 'Kommunstyrelsen;Kommunen;board;KS;tkr']);
    const after = await treeOf('Kommunstyrelsen');
    expect(after.slice(0, 2)).toEqual(before);
    const kommunen = (await treeOf('Kommunen'))[0]!;
    expect(after[2]).toMatchObject({ parentId: kommunen.id, treeId: kommunen.id });
  });

  it('looks, writing nothing, when asked to check or when the file starts a new tree', async () => {
    const before = await snapshot();
    const outcome = await importLines([ORGANISATIONS, ';Dalby kommun;;municipality;;mnkr', ';Kommunstyrelsen;Dalby kommun;board;KS;mnkr'], { check: 'new-tree' });
    expect(outcome.status).toBe('checked');
    expect(outcome.preview?.newTrees).toEqual(['Dalby kommun']);
    expect(outcome.preview?.organisations.filter((organisation) => organisation.treeId === outcome.preview?.treeIds[0]).map((organisation) => organisation.name)).toEqual(['Dalby kommun', 'Kommunstyrelsen']);
    expect(await snapshot()).toEqual(before);
    // The same file with --write (check false) is written.
    expect((await importLines([ORGANISATIONS, ';Dalby kommun;;municipality;;mnkr', ';Kommunstyrelsen;Dalby kommun;board;KS;mnkr'], { check: false })).status).toBe('imported');
    expect(await treeOf('Dalby kommun')).toHaveLength(1);
  });

  it('says a file already imported is unchanged, and still shows it when asked to check, writing nothing', async () => {
    const lines = [ORGANISATIONS, ';Dalby kommun;;municipality;;mnkr', ';Kommunstyrelsen;Dalby kommun;board;KS;mnkr'];
    expect((await importLines(lines, { check: 'new-tree' })).status).toBe('unchanged');
    const before = await snapshot();
    const checked = await importLines(lines, { check: true });
    expect(checked.status).toBe('checked');
    expect(checked.preview?.newTrees).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('re-parenting and aliases', () => {
  it('refuses a row that would move an organisation to another parent, naming both parents', async () => {
    const error = await rejectionOf([ORGANISATIONS, 'Ankeby kommun;Kommunledningskontoret;Ankeby kommun;administration;KLK;mnkr']);
    expect(error.problems).toEqual([{ line: 2, column: 'parent', reason: expect.stringMatching(/would move Kommunledningskontoret of Ankeby kommun from under Kommunstyrelsen to under Ankeby kommun.*move/) }]);
  });

  it('moves it when the row says move', async () => {
    await importLines(['tree;organisation;parent;kind;aliases;unit;move', 'Ankeby kommun;Kommunledningskontoret;Ankeby kommun;administration;KLK;mnkr;move']);
    const ankeby = (await treeOf('Ankeby kommun'))[0]!;
    const moved = (await treeOf('Kommunledningskontoret')).find((organisation) => organisation.treeId === ankeby.id)!;
    expect(moved.parentId).toBe(ankeby.id);
  });

  it('makes an alias another organisation of the tree has a row error naming that organisation', async () => {
    const error = await rejectionOf([ORGANISATIONS, 'Bergby kommun;Socialnämnden;Bergby kommun;board;KS;mnkr']);
    expect(error.problems).toEqual([{ line: 2, column: 'aliases', reason: expect.stringMatching(/"KS" is already an alias of Kommunstyrelsen in Bergby kommun/) }]);
  });

  it('lets another tree use the same alias', async () => {
    const outcome = await importLines([ORGANISATIONS, 'Dalby kommun;Socialnämnden;Dalby kommun;board;SN;mnkr', 'Bergby kommun;Socialnämnden;Bergby kommun;board;SN;mnkr']);
    expect(outcome.status).toBe('imported');
    expect(await store.connection.prisma.organisationAlias.count({ where: { alias: 'SN' } })).toBe(2);
  });
});
