// Question latency benchmark: asks questions of each kind (bench-ask-questions.ts)
// in-process through the offline engine, on the sample data (SQLite) and on the
// 1,000,000-row store that bench:import leaves behind, on SQLite and on PostgreSQL
// (each built first when missing or of an older shape), and prints p50/p99/max per
// store and kind and the peak memory per store. Each store is measured in its own
// process, so its peak memory is its own. Beside the wall time it prints this
// process's CPU time per question (user + system): on a machine shared with other
// work the wall time includes waiting for a core, the CPU time does not (on
// PostgreSQL it leaves out the server's share).
// Usage: npm run bench:ask [-- --rounds 20] [--stores sample,sqlite-1M,postgresql-1M] [--kinds figure,kpi] [--kind-budget-s 60] [--answers <prefix>]
// --answers <prefix> writes every benchmark question's answer once per store to <prefix>-<store>.txt,
// so a change meant only to be faster can be shown to change no answer (compare the files' sha256).
// To profile one store and kind: node --cpu-prof --import tsx scripts/bench-ask.ts --phase sqlite-1M
//   --database file:data/tmp/bench/utfall-sqlite.db --kinds causes
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPrismaClient } from '../src/adapters/prisma/prisma-client.js';
import { ensureStoreReady } from '../src/app/services/ensure-store-ready.js';
import { createPrismaFigureStore } from '../src/adapters/prisma/prisma-figure-store.js';
import { createOfflineAskService } from '../src/core/answering/ask-service.js';
import { BENCH_SHAPE_VERSION, KPI_LINE } from './bench-store-shape.js';
import { QUESTION_KINDS, SAMPLE_QUESTIONS, largeQuestions, type QuestionsByKind } from './bench-ask-questions.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LARGE_ROWS = 1_000_000;
const largeSqlite = path.join(root, 'data', 'tmp', 'bench', 'utfall-sqlite.db');
const LARGE_POSTGRES_DATABASE = 'utfall_bench_utfall_postgresql';
const TARGET_MS = 50;
const argument = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1]! : fallback;
};

interface KindResult {
  readonly questions: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  /** This process's CPU time per question (ms), p50 and p99. */
  readonly cpuP50: number;
  readonly cpuP99: number;
  readonly statuses: Record<string, number>;
  /** Rounds left out because the kind used up its time budget. */
  readonly truncated: boolean;
}

interface StoreResult {
  readonly store: string;
  readonly kinds: Record<string, KindResult>;
  /** The very first question, with every cache cold (for an engine that uses it, the catalogue read). */
  readonly firstMs: number;
  readonly maxRssMiB: number;
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

async function measure(store: string, databaseUrl: string, questions: QuestionsByKind, rounds: number, kindBudgetMs: number, answersFile: string): Promise<StoreResult> {
  const connection = createPrismaClient(databaseUrl);
  await ensureStoreReady(connection, { loadSamples: store === 'sample' });
  const service = createOfflineAskService(createPrismaFigureStore(connection.prisma));
  const asked = QUESTION_KINDS.filter((kind) => questions[kind].length > 0);
  const all = asked.flatMap((kind) => questions[kind]);
  const firstStarted = performance.now();
  await service.askNamingHome(all[0]!);
  const firstMs = performance.now() - firstStarted;
  if (answersFile) {
    const written: string[] = [];
    for (const kind of asked) for (const question of questions[kind]) written.push(JSON.stringify({ kind, question, answer: await service.askNamingHome(question) }));
    writeFileSync(`${answersFile}-${store}.txt`, `${written.join('\n')}\n`);
  }
  // Warm up on one question of each kind: all of them would take minutes where a kind is slow.
  for (const kind of asked) await service.askNamingHome(questions[kind][0]!);
  const timings = new Map(QUESTION_KINDS.map((kind) => [kind, [] as number[]]));
  const cpuTimings = new Map(QUESTION_KINDS.map((kind) => [kind, [] as number[]]));
  const spent = new Map(QUESTION_KINDS.map((kind) => [kind, 0]));
  const statuses = new Map(QUESTION_KINDS.map((kind) => [kind, new Map<string, number>()]));
  const truncated = new Set<string>();
  // Round by round over every kind, so a slow kind does not run while the others wait.
  for (let round = 0; round < rounds; round += 1) {
    for (const kind of asked) {
      if (spent.get(kind)! > kindBudgetMs) {
        truncated.add(kind);
        continue;
      }
      for (const question of questions[kind]) {
        const cpuStarted = process.cpuUsage();
        const started = performance.now();
        const answer = await service.askNamingHome(question);
        const elapsed = performance.now() - started;
        const cpu = process.cpuUsage(cpuStarted);
        timings.get(kind)!.push(elapsed);
        cpuTimings.get(kind)!.push((cpu.user + cpu.system) / 1000);
        spent.set(kind, spent.get(kind)! + elapsed);
        const counts = statuses.get(kind)!;
        counts.set(answer.status, (counts.get(answer.status) ?? 0) + 1);
      }
    }
  }
  await connection.prisma.$disconnect();
  const kinds: Record<string, KindResult> = {};
  for (const kind of QUESTION_KINDS) {
    const sorted = timings.get(kind)!.sort((a, b) => a - b);
    if (sorted.length === 0) continue;
    const cpuSorted = cpuTimings.get(kind)!.sort((a, b) => a - b);
    kinds[kind] = { questions: sorted.length, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), max: sorted[sorted.length - 1]!, cpuP50: percentile(cpuSorted, 0.5), cpuP99: percentile(cpuSorted, 0.99), statuses: Object.fromEntries(statuses.get(kind)!), truncated: truncated.has(kind) };
  }
  return { store, kinds, firstMs, maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) };
}

function postgresAdminUrl(): string {
  const started = spawnSync('bash', [path.join(root, 'scripts', 'start-postgres.sh')], { encoding: 'utf8' });
  if (started.status !== 0) throw new Error(`scripts/start-postgres.sh failed:\n${started.stderr}`);
  return started.stdout.trim();
}

function largePostgresUrl(): string {
  const url = new URL(postgresAdminUrl());
  url.pathname = `/${LARGE_POSTGRES_DATABASE}`;
  return url.toString();
}

/** Whether a store holds bench:import's current shape (the KPI line, notes) at full size (a `--rows` run may have replaced it). */
async function hasCurrentShape(databaseUrl: string): Promise<boolean> {
  const connection = createPrismaClient(databaseUrl);
  try {
    const { prisma } = connection;
    return (await prisma.lineItem.count({ where: { name: KPI_LINE } })) > 0 && (await prisma.note.count()) > 0 && (await prisma.figure.count()) === LARGE_ROWS;
  } catch {
    return false; // missing database or tables
  } finally {
    await connection.prisma.$disconnect();
  }
}

async function ensureLargeStore(phase: 'utfall-sqlite' | 'utfall-postgresql', databaseUrl: string): Promise<void> {
  if ((phase === 'utfall-postgresql' || existsSync(largeSqlite)) && (await hasCurrentShape(databaseUrl))) return;
  console.error(`bench:ask: building the ${LARGE_ROWS.toLocaleString('en')}-row store (shape ${BENCH_SHAPE_VERSION}) with bench:import --only ${phase} …`);
  spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'bench-import.ts'), '--only', phase, '--rows', String(LARGE_ROWS)], { stdio: 'inherit' });
}

const STORES = {
  sample: { url: () => '', phase: null },
  'sqlite-1M': { url: () => `file:${largeSqlite}`, phase: 'utfall-sqlite' },
  'postgresql-1M': { url: largePostgresUrl, phase: 'utfall-postgresql' },
} as const;
type StoreName = keyof typeof STORES;

/** `questions` with only the kinds `--kinds` names (all when absent). */
function onlyKinds(questions: QuestionsByKind, names: string): QuestionsByKind {
  if (names === '') return questions;
  const wanted = names.split(',');
  return Object.fromEntries(QUESTION_KINDS.map((kind) => [kind, wanted.includes(kind) ? questions[kind] : []])) as QuestionsByKind;
}

async function runPhase(name: StoreName, databaseUrl: string, rounds: number, kindBudgetMs: number, kinds: string, answersFile: string): Promise<void> {
  if (name === 'sample') {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'utfall-bench-ask-'));
    try {
      console.log(JSON.stringify(await measure(name, `file:${path.join(directory, 'sample.db')}`, onlyKinds(SAMPLE_QUESTIONS, kinds), rounds, kindBudgetMs, answersFile)));
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
    return;
  }
  // Fewer rounds on the large stores: their questions are more numerous.
  console.log(JSON.stringify(await measure(name, databaseUrl, onlyKinds(largeQuestions(LARGE_ROWS), kinds), Math.max(1, Math.round(rounds / 4)), kindBudgetMs, answersFile)));
}

function printTable(results: readonly StoreResult[]): void {
  const ms = (value: number) => value.toFixed(1).padStart(8);
  console.log('store           kind                 n    p50 ms   p99 ms   max ms  cpu p50  cpu p99  statuses');
  for (const result of results) {
    for (const [kind, timing] of Object.entries(result.kinds)) {
      const over = timing.p99 >= TARGET_MS ? ' ← over' : '';
      console.log(`${result.store.padEnd(16)}${kind.padEnd(19)}${String(timing.questions).padStart(4)}${timing.truncated ? '*' : ' '}${ms(timing.p50)} ${ms(timing.p99)} ${ms(timing.max)} ${ms(timing.cpuP50)} ${ms(timing.cpuP99)}  ${JSON.stringify(timing.statuses)}${over}`);
    }
    console.log(`${result.store.padEnd(16)}peak ${result.maxRssMiB} MiB; first question ${result.firstMs.toFixed(0)} ms (cold caches)`);
  }
  if (results.some((result) => Object.values(result.kinds).some((timing) => timing.truncated))) console.log('* fewer rounds: the kind used up its time budget (--kind-budget-s).');
  console.log(`Target: p99 under ${TARGET_MS} ms for every kind. Load average at the end: ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}.`);
}

async function main(): Promise<void> {
  const rounds = Number(argument('rounds', '20'));
  const kindBudgetMs = Number(argument('kind-budget-s', '60')) * 1000;
  const phase = argument('phase', '');
  const kinds = argument('kinds', '');
  const answersFile = argument('answers', '') === '' ? '' : path.resolve(argument('answers', ''));
  if (phase) return runPhase(phase as StoreName, argument('database', ''), rounds, kindBudgetMs, kinds, answersFile);
  const names = argument('stores', Object.keys(STORES).join(',')).split(',') as StoreName[];
  const results: StoreResult[] = [];
  for (const name of names) {
    const store = STORES[name];
    if (!store) throw new Error(`unknown store "${name}": choose from ${Object.keys(STORES).join(', ')}`);
    const databaseUrl = store.url();
    if (store.phase) await ensureLargeStore(store.phase, databaseUrl);
    const args = ['--import', 'tsx', fileURLToPath(import.meta.url), '--phase', name, '--database', databaseUrl, '--rounds', String(rounds), '--kind-budget-s', String(kindBudgetMs / 1000), '--kinds', kinds, '--answers', answersFile];
    const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !line.startsWith('{')) {
      console.error(`${name} failed:\n${child.stderr.slice(-2000)}`);
      continue;
    }
    results.push(JSON.parse(line) as StoreResult);
  }
  printTable(results);
}

await main();
