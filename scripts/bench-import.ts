// Import benchmark: generates a realistic 1,000,000-row figures file (hundreds of
// organisations, dozens of line items with a result line and a KPI, 12 months, all
// measures; see bench-store-shape.ts), imports it and a small notes file into
// SQLite and PostgreSQL through Utfall's import, and writes the same rows with the
// driver alone (better-sqlite3 in one transaction; pg COPY) for comparison.
// Each phase runs in its own process so its peak memory is its own.
// Usage: npm run bench:import [-- --rows 1000000] [--only utfall-sqlite,raw-sqlite]
// The Utfall stores it leaves behind, data/tmp/bench/utfall-sqlite.db and the
// PostgreSQL database utfall_bench_utfall_postgresql, are what bench:ask reads (a run
// with another --rows replaces them too; bench:ask rebuilds them at 1,000,000 rows).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, existsSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { createPrismaClient } from '../src/adapters/prisma/prisma-client.js';
import { ensureStoreReady } from '../src/app/services/ensure-store-ready.js';
import { importIntoStore } from '../src/adapters/prisma/import-into-store.js';
import { readImportFile } from '../src/adapters/files/read-import-file.js';
import { parseFigureRow } from '../src/core/import/figure-row-schema.js';
import { BENCH_SHAPE_VERSION, generateBenchFiles, itemsOf } from './bench-store-shape.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(root, 'data', 'tmp', 'bench');
const argument = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1]! : fallback;
};

function report(result: Record<string, unknown>): void {
  console.log(JSON.stringify({ ...result, maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) }));
}

async function phase(name: string, databaseUrl: string, figuresFile: string, organisationsFile: string, notesFile: string): Promise<void> {
  const connection = createPrismaClient(databaseUrl);
  await ensureStoreReady(connection, { loadSamples: false });
  await importIntoStore(connection, await readImportFile(organisationsFile), 'bench');
  if (name.startsWith('utfall')) {
    const started = performance.now();
    const outcome = await importIntoStore(connection, await readImportFile(figuresFile), 'bench');
    const seconds = (performance.now() - started) / 1000;
    // Notes are not timed: they are a few hundred rows, there for bench:ask's causes questions.
    await importIntoStore(connection, await readImportFile(notesFile), 'bench');
    await connection.prisma.$disconnect();
    return report({ phase: name, rows: outcome.rowCount, seconds, rowsPerSecond: Math.round(outcome.rowCount / seconds) });
  }
  // Raw driver: the same rows, parsed the same way, written with no Utfall logic.
  const file = await readImportFile(figuresFile);
  const organisations = await connection.prisma.organisation.findMany();
  const batch = await connection.prisma.importBatch.create({ data: { fileName: 'raw', checksum: 'raw', kind: 'figures', rowCount: 0, importedBy: 'bench' } });
  const source = await connection.prisma.source.create({ data: { document: 'bench.csv' } });
  const itemIds = new Map<string, number>();
  for (const organisation of organisations) {
    const number = /^Förvaltning (\d+)$/.exec(organisation.name)?.[1];
    if (number === undefined) continue;
    for (const [order, item] of itemsOf(Number(number)).entries()) {
      const created = await connection.prisma.lineItem.create({ data: { organisationId: organisation.id, name: item.name, key: item.name, kind: item.kind, sortOrder: order, better: item.better === '' ? 'higher' : item.better } });
      itemIds.set(`${organisation.name}\u0000${item.name}`, created.id);
    }
  }
  await connection.prisma.$disconnect();
  const started = performance.now();
  const rawRows: { line: number; record: Record<string, string | undefined> }[] = [];
  for await (const raw of file.parts[0]!.rows) rawRows.push(raw);
  const tuples = rawRows.map(({ line, record }) => {
    const parsed = parseFigureRow(line, record);
    if (!('row' in parsed)) throw new Error(`bench row ${line} invalid`);
    const row = parsed.row;
    return [itemIds.get(`${row.organisation}\u0000${row.item}`)!, row.period.year, row.period.month, row.measure, '', '', row.valueE4, row.unit, row.decimals, source.id, row.section, '', batch.id] as const;
  });
  if (name === 'raw-sqlite') {
    const database = new Database(databaseUrl.replace(/^file:/, ''));
    database.defaultSafeIntegers(true);
    const insert = database.prepare('INSERT INTO "Figure" ("lineItemId","year","month","measure","breakdownGroup","breakdown","valueE4","unit","decimals","sourceId","section","remark","batchId") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)');
    database.transaction(() => {
      for (const tuple of tuples) insert.run(...tuple);
    })();
    database.close();
  } else {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const stream = client.query(copyFrom('COPY "Figure" ("lineItemId","year","month","measure","breakdownGroup","breakdown","valueE4","unit","decimals","sourceId","section","remark","batchId") FROM STDIN'));
    for (const tuple of tuples) {
      if (!stream.write(`${tuple.join('\t')}\n`)) await once(stream, 'drain');
    }
    stream.end();
    await once(stream, 'finish');
    await client.end();
  }
  const seconds = (performance.now() - started) / 1000;
  report({ phase: name, rows: tuples.length, seconds, rowsPerSecond: Math.round(tuples.length / seconds) });
}

async function freshPostgresDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function main(): Promise<void> {
  const phaseName = argument('phase', '');
  if (phaseName) return phase(phaseName, argument('database', ''), argument('figures', ''), argument('organisations', ''), argument('notes', ''));
  const rows = Number(argument('rows', '1000000'));
  mkdirSync(work, { recursive: true });
  const files = {
    figures: path.join(work, `figures-v${BENCH_SHAPE_VERSION}-${rows}.csv`),
    organisations: path.join(work, `organisations-v${BENCH_SHAPE_VERSION}-${rows}.csv`),
    notes: path.join(work, `notes-v${BENCH_SHAPE_VERSION}-${rows}.csv`),
  };
  if (![files.figures, files.organisations, files.notes].every((file) => existsSync(file))) await generateBenchFiles(rows, files);
  const postgresAdmin = spawnSync('bash', [path.join(root, 'scripts', 'start-postgres.sh')], { encoding: 'utf8' }).stdout.trim();
  const results: Record<string, unknown>[] = [];
  const only = argument('only', '');
  for (const name of ['utfall-sqlite', 'raw-sqlite', 'utfall-postgresql', 'raw-postgresql'].filter((candidate) => only === '' || only.split(',').includes(candidate))) {
    let databaseUrl: string;
    if (name.endsWith('sqlite')) {
      const file = path.join(work, `${name}.db`);
      rmSync(file, { force: true });
      databaseUrl = `file:${file}`;
    } else {
      databaseUrl = await freshPostgresDatabase(postgresAdmin, `utfall_bench_${name.replace('-', '_')}`);
    }
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--phase', name, '--database', databaseUrl, '--figures', files.figures, '--organisations', files.organisations, '--notes', files.notes], { encoding: 'utf8', maxBuffer: 1 << 24 });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !line.startsWith('{')) {
      console.error(`${name} failed:\n${child.stderr.slice(-2000)}`);
      continue;
    }
    results.push(JSON.parse(line));
  }
  console.log(`rows: ${rows}`);
  console.log('phase               rows/s     seconds  peak MiB');
  for (const result of results) console.log(`${String(result.phase).padEnd(18)}${String(result.rowsPerSecond).padStart(8)}  ${Number(result.seconds).toFixed(1).padStart(9)}  ${String(result.maxRssMiB).padStart(8)}`);
  const ratio = (a: string, b: string) => {
    const x = results.find((result) => result.phase === a);
    const y = results.find((result) => result.phase === b);
    return x && y ? (Number(x.seconds) / Number(y.seconds)).toFixed(2) : 'n/a';
  };
  console.log(`Utfall/raw time: SQLite ${ratio('utfall-sqlite', 'raw-sqlite')}×, PostgreSQL ${ratio('utfall-postgresql', 'raw-postgresql')}× (target ≤ 2×; peak target < 1024 MiB)`);
}

await main();
