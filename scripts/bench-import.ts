// Import benchmark: generates a realistic 1,000,000-row figures file (hundreds of
// organisations, dozens of line items, 12 months, all measures), imports it into
// SQLite and PostgreSQL through Utfall's import, and writes the same rows with the
// driver alone (better-sqlite3 in one transaction; pg COPY) for comparison.
// Each phase runs in its own process so its peak memory is its own.
// Usage: npm run bench:import [-- --rows 1000000] [--only utfall-sqlite,raw-sqlite]
// The Utfall SQLite store it leaves in data/tmp/bench/utfall-sqlite.db is what bench:ask reads.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync, existsSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { createPrismaClient } from '../src/store/prisma-client.js';
import { ensureStoreReady } from '../src/store/ensure-store-ready.js';
import { importIntoStore } from '../src/store/import-into-store.js';
import { readImportFile } from '../src/import/read-import-file.js';
import { parseFigureRow } from '../src/core/import/figure-row-schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(root, 'data', 'tmp', 'bench');
const argument = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1]! : fallback;
};

const MEASURES = ['actual', 'budget', 'budget_full_year', 'forecast', 'prior_year_actual'] as const;
const ITEMS = Array.from({ length: 40 }, (_, index) => ({ name: `Kontogrupp ${index + 1}`, kind: index % 5 === 0 ? 'income' : 'cost' }));

async function generate(rows: number, figuresFile: string, organisationsFile: string): Promise<void> {
  const perOrganisation = ITEMS.length * 12 * MEASURES.length;
  const organisations = Math.ceil(rows / perOrganisation);
  const orgOut = createWriteStream(organisationsFile);
  orgOut.write('organisation;parent;kind;aliases;unit\nBenchregionen;;region;;tkr\n');
  for (let index = 1; index <= organisations; index += 1) orgOut.write(`Förvaltning ${index};Benchregionen;administration;;tkr\n`);
  orgOut.end();
  await once(orgOut, 'finish');
  const out = createWriteStream(figuresFile);
  out.write('organisation;period;item;parent_item;kind;order;measure;value;unit;better;breakdown_group;breakdown;made_in;source;section;remark\n');
  let written = 0;
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let organisation = 1; organisation <= organisations && written < rows; organisation += 1) {
    for (let month = 1; month <= 12 && written < rows; month += 1) {
      for (const [order, item] of ITEMS.entries()) {
        for (const measure of MEASURES) {
          if (written >= rows) break;
          const magnitude = Math.floor(random() * 100_000_000) / 10;
          const value = (item.kind === 'cost' ? -magnitude : magnitude).toFixed(1).replace('.', ',');
          const line = `Förvaltning ${organisation};2024-${String(month).padStart(2, '0')};${item.name};;${item.kind};${order};${measure};${value};tkr;;;;;bench.csv;Drift;\n`;
          if (!out.write(line)) await once(out, 'drain');
          written += 1;
        }
      }
    }
  }
  out.end();
  await once(out, 'finish');
}

function report(result: Record<string, unknown>): void {
  console.log(JSON.stringify({ ...result, maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) }));
}

async function phase(name: string, databaseUrl: string, figuresFile: string, organisationsFile: string): Promise<void> {
  const connection = createPrismaClient(databaseUrl);
  await ensureStoreReady(connection, { loadSamples: false });
  await importIntoStore(connection, await readImportFile(organisationsFile), 'bench');
  if (name.startsWith('utfall')) {
    const started = performance.now();
    const outcome = await importIntoStore(connection, await readImportFile(figuresFile), 'bench');
    const seconds = (performance.now() - started) / 1000;
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
    for (const [order, item] of ITEMS.entries()) {
      const created = await connection.prisma.lineItem.create({ data: { organisationId: organisation.id, name: item.name, key: item.name, kind: item.kind, sortOrder: order, better: 'higher' } });
      itemIds.set(`${organisation.name}\u0000${item.name}`, created.id);
    }
  }
  await connection.prisma.$disconnect();
  const started = performance.now();
  const rawRows: { line: number; record: Record<string, string | undefined> }[] = [];
  for await (const raw of file.rows) rawRows.push(raw);
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
  if (phaseName) return phase(phaseName, argument('database', ''), argument('figures', ''), argument('organisations', ''));
  const rows = Number(argument('rows', '1000000'));
  mkdirSync(work, { recursive: true });
  const figuresFile = path.join(work, `figures-${rows}.csv`);
  const organisationsFile = path.join(work, 'organisations.csv');
  if (!existsSync(figuresFile)) await generate(rows, figuresFile, organisationsFile);
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
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--phase', name, '--database', databaseUrl, '--figures', figuresFile, '--organisations', organisationsFile], { encoding: 'utf8', maxBuffer: 1 << 24 });
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
