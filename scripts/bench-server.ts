// npm run bench:server — the whole server under load, as the web chat uses it: the
// server is started as `npm start` starts it (its own process, on a copy of the store,
// with web sign-in against a local OpenID Connect provider), registered people sign in
// and ask questions through POST /api/web/ask, and the benchmark counts what comes
// back. Phases:
//   nominal   N concurrent askers (default 20), each asking again as soon as answered;
//   overload  10 × N concurrent askers: beyond what the server takes, it must answer
//             429/503 with Retry-After at once, never time out (a refused asker waits
//             as long as Retry-After says, as the web page's user does);
//   one       one person asking many questions at once: the per-person limit (429).
// Meanwhile /health is asked every 100 ms (target: every answer within 100 ms), and the
// server's resident memory is sampled. Every request goes to 127.0.0.1, with a time
// limit, in phases of a bounded length.
// Stores: the sample data, or the 1,000,000-row store bench:import builds (the default;
// see bench-ask.ts), copied so the benchmark's questions and audit leave it as it was.
// Usage: npm run bench:server [-- --store sqlite-1M|sample] [--askers 20] [--seconds 20]
//          [--overload 10] [--root <checkout>] (--root: measure another checkout's server)
//          [--profile <folder>] (the server writes a CPU profile there when it stops)
//          [--server-log <file>] (what the server logged, LOG_LEVEL=info) [--workers N] (ANSWER_WORKERS)
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { createPrismaClient } from '../src/adapters/prisma/prisma-client.js';
import { ensureStoreReady } from '../src/app/services/ensure-store-ready.js';
import { createPrismaPeopleStore } from '../src/adapters/prisma/prisma-people-store.js';
import { startOidcProvider } from '../test/support/oidc-provider.js';
import { freePort } from '../test/support/server-process.js';
import { signInOverHttp, type SignedInSession } from './bench-server-sign-in.js';
import { REGION, organisationCount } from './bench-store-shape.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argument = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1]! : fallback;
};
const STORE = argument('store', 'sqlite-1M');
const ASKERS = Number(argument('askers', '20'));
const SECONDS = Number(argument('seconds', '20'));
const OVERLOAD = Number(argument('overload', '10'));
const SERVER_ROOT = path.resolve(argument('root', root));
const PROFILE = argument('profile', '');
const SERVER_LOG = argument('server-log', '');
const WORKERS = argument('workers', '');
const REQUEST_TIMEOUT_MS = 15_000;
const LARGE_ROWS = 1_000_000;
const largeSqlite = path.join(root, 'data', 'tmp', 'bench', 'utfall-sqlite.db');

/** A question and who asks it: a registered person's login at the provider. */
interface Ask {
  readonly login: string;
  readonly text: string;
}

/** A registered person as the provider knows them. */
interface Account {
  readonly login: string;
  readonly email: string;
  readonly name: string;
}

interface Outcome {
  readonly status: number | 'timeout' | 'error';
  readonly ms: number;
  readonly retryAfter: boolean;
  readonly retryAfterSeconds: number;
}

const percentile = (sorted: readonly number[], fraction: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!);

// ---- the store and who asks ---------------------------------------------------------------

/** On the large store: a manager for each förvaltning and controllers of the region, and questions of every kind, each from someone it suits. */
async function largeAsks(databaseUrl: string): Promise<{ asks: Ask[]; accounts: Account[] }> {
  const connection = createPrismaClient(databaseUrl);
  const people = createPrismaPeopleStore(connection.prisma);
  const förvaltningar = organisationCount(LARGE_ROWS) - 1;
  const asks: Ask[] = [];
  const accounts: Account[] = [];
  for (let index = 1; index <= förvaltningar; index += 1) {
    const account = { login: `chef${index}`, email: `chef${index}@bench.example.se`, name: `Chef ${index}` };
    await people.savePerson({ email: account.email, name: account.name, role: 'manager', homeOrganisation: `Förvaltning ${index}` });
    accounts.push(account);
    const line = `Kontogrupp ${1 + ((index * 7) % 40)}`;
    for (const text of [`Hur ligger vi till mot budget på ${line}?`, `Vad är prognosen för ${line}?`, index % 2 === 0 ? 'Hur hög är sjukfrånvaron?' : 'Resultatet mot periodbudget?', index % 3 === 0 ? 'Varför avviker resultatet?' : 'Vilken kontogrupp avviker mest mot periodbudgeten?']) asks.push({ login: account.login, text });
  }
  for (let index = 1; index <= 40; index += 1) {
    const account = { login: `controller${index}`, email: `controller${index}@bench.example.se`, name: `Controller ${index}` };
    await people.savePerson({ email: account.email, name: account.name, role: 'controller', homeOrganisation: REGION });
    accounts.push(account);
    asks.push({ login: account.login, text: `Vad är prognosen för Kontogrupp ${index} i Förvaltning ${1 + ((index * 37) % förvaltningar)}?` });
    // Ranking 400 sub-units is the heaviest question there is; one in a hundred or so.
    if (index % 4 === 0) asks.push({ login: account.login, text: index % 8 === 0 ? 'Vilken förvaltning har störst avvikelse?' : 'Vilka förvaltningar har störst prognosavvikelse?' });
  }
  await connection.prisma.$disconnect();
  // Interleaved, so that consecutive requests come from different people and kinds.
  return { asks: asks.map((ask, index) => ({ ask, key: (index * 7919) % asks.length })).sort((a, b) => a.key - b.key).map(({ ask }) => ask), accounts };
}

/** On the sample data: admins (who see every organisation) asking the sample questions. */
async function sampleAsks(databaseUrl: string): Promise<{ asks: Ask[]; accounts: Account[] }> {
  const connection = createPrismaClient(databaseUrl);
  const people = createPrismaPeopleStore(connection.prisma);
  const accounts: Account[] = [];
  for (let index = 1; index <= 100; index += 1) {
    const account = { login: `admin${index}`, email: `admin${index}@bench.example.se`, name: `Admin ${index}` };
    await people.savePerson({ email: account.email, name: account.name, role: 'admin', homeOrganisation: 'Kommunstyrelsen' });
    accounts.push(account);
  }
  await connection.prisma.$disconnect();
  const questions = ['Hur ligger vi till mot budget på personalkostnaderna?', 'Vad är årsprognosen för intäkterna?', 'Vilka avdelningar på IT-förvaltningen har störst avvikelse?', 'Are we meeting the sick leave target at Regionkontoret?', 'Varför avviker personalkostnaderna på Länsteknik?', 'Hur går det?'];
  return { asks: Array.from({ length: 600 }, (_, index) => ({ login: accounts[index % accounts.length]!.login, text: questions[index % questions.length]! })), accounts };
}

// ---- the server ------------------------------------------------------------------------------

function rssMiB(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((entry) => entry.startsWith('VmRSS:'));
    return line ? Math.round(Number(line.replace(/\D+/g, '')) / 1024) : 0;
  } catch {
    return 0;
  }
}

const CLIENT = { clientId: 'utfall-bench', clientSecret: 'a-bench-client-secret-of-some-length' };

async function startServer(databaseUrl: string, port: number, issuer: string) {
  // The server's own process tree from the sources (`node --import tsx`), so a checkout given by --root needs no build.
  const child = spawn(process.execPath, [...(PROFILE ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(PROFILE)] : []), '--import', 'tsx', serverEntry(SERVER_ROOT)], {
    cwd: SERVER_ROOT,
    env: {
      PATH: process.env.PATH!,
      HOME: process.env.HOME ?? '/tmp',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: SERVER_LOG ? 'info' : 'warn',
      DIGEST_INTERVAL_SECONDS: '3600',
      WEB_OIDC_ISSUER: issuer,
      WEB_OIDC_CLIENT_ID: CLIENT.clientId,
      WEB_OIDC_CLIENT_SECRET: CLIENT.clientSecret,
      WEB_PUBLIC_URL: `http://127.0.0.1:${port}`,
      WEB_SESSION_SECRET: 'a-session-secret-for-the-benchmark-0123456789',
      ...(WORKERS ? { ANSWER_WORKERS: WORKERS } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 120_000;
  while (!output.includes('Utfall started')) {
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error(`the server did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, base: `http://127.0.0.1:${port}`, output: () => output };
}

// Each person's session, once signed in.
const sessions = new Map<string, SignedInSession>();

// The server's entry in a checkout: src/app/server/main.ts since the layout of issue 15, src/main.ts before (for --root at an older commit).
function serverEntry(root: string): string {
  const entry = path.join(root, 'src', 'app', 'server', 'main.ts');
  return existsSync(entry) ? entry : path.join(root, 'src', 'main.ts');
}

async function ask(base: string, question: Ask): Promise<Outcome> {
  const session = sessions.get(question.login)!;
  const started = performance.now();
  try {
    const response = await fetch(`${base}/api/web/ask`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrfToken }, body: JSON.stringify({ text: question.text }), signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    await response.text();
    return { status: response.status, ms: performance.now() - started, retryAfter: response.headers.has('retry-after'), retryAfterSeconds: Number(response.headers.get('retry-after') ?? 0) };
  } catch (error) {
    return { status: (error as Error).name === 'TimeoutError' ? 'timeout' : 'error', ms: performance.now() - started, retryAfter: false, retryAfterSeconds: 0 };
  }
}

/** `askers` closed loops over `asks` for `seconds`; /health probed every 100 ms; peak memory sampled. */
async function phase(base: string, pid: number, asks: readonly Ask[], askers: number, seconds: number, offset: number) {
  // Each asker's connection is open before the clock starts, as a chat page's is: 180 new
  // connections in the same instant cost this one process up to 1,6 s to set up, and that
  // showed as slow refusals the server itself had given within milliseconds.
  await Promise.all(Array.from({ length: askers }, () => fetch(`${base}/health`, { signal: AbortSignal.timeout(30_000) }).then((response) => response.text())));
  const startedAt = new Date();
  // How late this process's own event loop runs: a load generator starved of CPU measures its own waiting too.
  const lag = monitorEventLoopDelay({ resolution: 20 });
  lag.enable();
  const outcomes: Outcome[] = [];
  const health: number[] = [];
  let healthFailures = 0;
  let peak = rssMiB(pid);
  let next = offset;
  const until = performance.now() + seconds * 1000;
  let running = true;
  const probe = (async () => {
    while (running) {
      const started = performance.now();
      try {
        const response = await fetch(`${base}/health`, { signal: AbortSignal.timeout(5000) });
        await response.text();
        if (!response.ok) healthFailures += 1;
      } catch {
        healthFailures += 1;
      }
      health.push(performance.now() - started);
      peak = Math.max(peak, rssMiB(pid));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  await Promise.all(
    Array.from({ length: askers }, async () => {
      while (performance.now() < until) {
        const outcome = await ask(base, asks[next++ % asks.length]!);
        outcomes.push(outcome);
        // As the web page does: a refused asker waits as long as Retry-After says (the rest of the phase at most).
        if (outcome.retryAfter) await new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.min(outcome.retryAfterSeconds * 1000, until - performance.now()))));
      }
    }),
  );
  running = false;
  await probe;
  lag.disable();
  return { clientLagP99: Math.round(lag.percentile(99) / 1e6), clientLagMax: Math.round(lag.max / 1e6), outcomes, health: health.sort((a, b) => a - b), healthFailures, peak, next, window: [startedAt, new Date()] as const };
}

/**
 * The server's own time per answered question in a phase, as its audit trail records it
 * (from the question taken to the answer ready): what the askers saw, less the HTTP
 * round trip and the load generator's own waiting on a busy machine.
 */
function serverTimes(file: string, [from, to]: readonly [Date, Date]): { p50: number; p99: number } {
  const database = new Database(file, { readonly: true });
  try {
    const stamp = (at: Date) => at.toISOString().replace('Z', '+00:00');
    const rows = database.prepare('SELECT "latencyMs" FROM "AuditEntry" WHERE "at" >= ? AND "at" <= ? AND "status" <> \'error\'').all(stamp(from), stamp(to)) as { latencyMs: number }[];
    const sorted = rows.map((row) => row.latencyMs).sort((a, b) => a - b);
    return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) };
  } finally {
    database.close();
  }
}

function summary(name: string, seconds: number, result: Awaited<ReturnType<typeof phase>>) {
  const ok = result.outcomes.filter((outcome) => outcome.status === 200).map((outcome) => outcome.ms).sort((a, b) => a - b);
  const refused = result.outcomes.filter((outcome) => outcome.status === 429 || outcome.status === 503);
  const refusedMs = refused.map((outcome) => outcome.ms).sort((a, b) => a - b);
  const statuses: Record<string, number> = {};
  for (const outcome of result.outcomes) statuses[String(outcome.status)] = (statuses[String(outcome.status)] ?? 0) + 1;
  const errors = result.outcomes.filter((outcome) => outcome.status !== 200 && outcome.status !== 429 && outcome.status !== 503).length;
  return {
    phase: name,
    requests: result.outcomes.length,
    answeredPerSecond: Math.round((ok.length / seconds) * 10) / 10,
    answeredP50: Math.round(percentile(ok, 0.5)),
    answeredP99: Math.round(percentile(ok, 0.99)),
    answeredMax: Math.round(ok.at(-1) ?? 0),
    refused: refused.length,
    refusedWithoutRetryAfter: refused.filter((outcome) => !outcome.retryAfter).length,
    refusedP99: Math.round(percentile(refusedMs, 0.99)),
    // Which refusal is slow tells where it waited: 503 from admission or the pool, 429 after the asker was read.
    refusedByStatus: Object.fromEntries([429, 503].map((status) => {
      const ms = refused.filter((outcome) => outcome.status === status).map((outcome) => outcome.ms).sort((a, b) => a - b);
      return [String(status), { p50: Math.round(percentile(ms, 0.5)), p99: Math.round(percentile(ms, 0.99)), max: Math.round(ms.at(-1) ?? 0) }];
    })),
    errors,
    statuses,
    healthP99: Math.round(percentile(result.health, 0.99)),
    healthMax: Math.round(result.health.at(-1) ?? 0),
    healthFailures: result.healthFailures,
    peakRssMiB: result.peak,
    clientLagP99: result.clientLagP99,
    clientLagMax: result.clientLagMax,
  };
}

function print(report: { results: ReturnType<typeof summary>[]; flood: Outcome[]; organisations: number[]; warmMs: number }, server: { p50: number; p99: number }[]): void {
  const { results, flood, organisations } = report;
  console.log(JSON.stringify({ store: STORE, root: SERVER_ROOT, warmUpMs: Math.round(report.warmMs), organisationsMs: organisations.map(Math.round), results, serverTimes: server, onePerson: { requests: flood.length, answered: flood.filter((outcome) => outcome.status === 200).length, tooMany: flood.filter((outcome) => outcome.status === 429).length } }));
  console.log(`\nstore ${STORE}; server ${SERVER_ROOT}; GET /api/web/organisations ${organisations.map((ms) => `${Math.round(ms)} ms`).join(', ')}; load average ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}`);
  console.log('phase                  requests  answered/s  p50 ms  p99 ms  max ms  server p50/p99  429/503 (p99 ms)  errors  /health p99 (max) ms  peak RSS');
  results.forEach((result, index) => {
    console.log(
      `${result.phase.padEnd(22)}${String(result.requests).padStart(9)}${String(result.answeredPerSecond).padStart(12)}${String(result.answeredP50).padStart(8)}${String(result.answeredP99).padStart(8)}${String(result.answeredMax).padStart(8)}${`${server[index]!.p50}/${server[index]!.p99}`.padStart(16)}${`${result.refused} (${result.refusedP99})`.padStart(18)}${String(result.errors).padStart(8)}${`${result.healthP99} (${result.healthMax})`.padStart(22)}${`${result.peakRssMiB} MiB`.padStart(10)}`,
    );
    if (result.errors > 0 || result.healthFailures > 0 || result.refusedWithoutRetryAfter > 0) console.log(`  ${JSON.stringify(result.statuses)}; /health failures ${result.healthFailures}; refusals without Retry-After ${result.refusedWithoutRetryAfter}`);
    console.log(`  the load generator's own event loop ran late by up to ${result.clientLagMax} ms (p99 ${result.clientLagP99} ms)`);
  });
  console.log(`one person, ${flood.length} questions at once: ${flood.filter((outcome) => outcome.status === 200).length} answered, ${flood.filter((outcome) => outcome.status === 429).length} refused with 429`);
  console.log(`Targets: ${ASKERS} askers p99 under 500 ms and 0 errors; at ${OVERLOAD}× only fast 429/503, no time-outs; /health within 100 ms.`);
}

async function main(): Promise<void> {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'utfall-bench-server-'));
  try {
    let databaseUrl: string;
    let people: { asks: Ask[]; accounts: Account[] };
    if (STORE === 'sqlite-1M') {
      if (!existsSync(largeSqlite)) spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'bench-import.ts'), '--only', 'utfall-sqlite', '--rows', String(LARGE_ROWS)], { stdio: 'inherit' });
      copyFileSync(largeSqlite, path.join(directory, 'store.db'));
      databaseUrl = `file:${path.join(directory, 'store.db')}`;
      const connection = createPrismaClient(databaseUrl);
      // Migrations a newer checkout has (web sessions) on the cached store.
      await ensureStoreReady(connection, { loadSamples: false });
      await connection.prisma.$disconnect();
      people = await largeAsks(databaseUrl);
    } else if (STORE === 'sample') {
      databaseUrl = `file:${path.join(directory, 'store.db')}`;
      const connection = createPrismaClient(databaseUrl);
      await ensureStoreReady(connection);
      await connection.prisma.$disconnect();
      people = await sampleAsks(databaseUrl);
    } else throw new Error(`unknown store "${STORE}": sqlite-1M or sample`);
    const { asks, accounts } = people;
    const port = await freePort();
    const provider = await startOidcProvider({ ...CLIENT, redirectUri: `http://127.0.0.1:${port}/auth/callback`, accounts: Object.fromEntries(accounts.map((account) => [account.login, { oid: `bench-${account.login}`, email: account.email, name: account.name }])) });
    const server = await startServer(databaseUrl, port, provider.issuer);
    const pid = server.child.pid!;
    let report: { results: ReturnType<typeof summary>[]; flood: Outcome[]; organisations: number[]; warmMs: number; windows: (readonly [Date, Date])[] } | null = null;
    try {
      // Everyone signs in, eight at a time, as people do in the morning.
      const signingIn = performance.now();
      for (let at = 0; at < accounts.length; at += 8) await Promise.all(accounts.slice(at, at + 8).map(async (account) => sessions.set(account.login, await signInOverHttp(server.base, account.login))));
      console.error(`bench:server: ${accounts.length} people signed in (${Math.round(performance.now() - signingIn)} ms)`);
      // Warm up: the catalogue is read and indexed on the first question after a start.
      const warm = performance.now();
      for (const question of asks.slice(0, 20)) await ask(server.base, question);
      const warmMs = performance.now() - warm;
      const organisations: number[] = [];
      for (let index = 0; index < 3; index += 1) {
        const started = performance.now();
        const session = sessions.get(asks[0]!.login)!;
        await fetch(`${server.base}/api/web/organisations`, { headers: { cookie: session.cookie }, signal: AbortSignal.timeout(60_000) }).then((response) => response.text());
        organisations.push(performance.now() - started);
      }
      const nominal = await phase(server.base, pid, asks, ASKERS, SECONDS, 20);
      const overload = await phase(server.base, pid, asks, ASKERS * OVERLOAD, SECONDS, nominal.next);
      // One person, 30 questions at once.
      const one = asks[0]!;
      const flood = await Promise.all(Array.from({ length: 30 }, () => ask(server.base, one)));
      const results = [summary(`nominal (${ASKERS} askers)`, SECONDS, nominal), summary(`overload (${ASKERS * OVERLOAD} askers)`, SECONDS, overload)];
      report = { results, flood, organisations, warmMs, windows: [nominal.window, overload.window] };
    } finally {
      // A server that stopped by itself has nothing more to say but its output.
      if (server.child.exitCode === null && server.child.signalCode === null) {
        const exited = new Promise((resolve) => server.child.once('exit', resolve));
        server.child.kill('SIGTERM');
        await exited;
      } else console.error(`the server stopped during the benchmark:\n${server.output().slice(-3000)}`);
      if (SERVER_LOG) writeFileSync(SERVER_LOG, server.output());
      await provider.close();
    }
    // The server has written its audit trail on stopping: its own time per answer.
    if (report) print(report, report.windows.map((window) => serverTimes(path.join(directory, 'store.db'), window)));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

await main();
