// npm run bench:digest — composes and delivers BENCH_DIGESTS (default 1,000) weekly
// digests, each to its own channel on the local fake Slack Web API: a temporary
// SQLite store with the sample data (or BENCH_DATABASE_URL, e.g. PostgreSQL), the
// runtime the server uses (claims, composition, guard, chart, Block Kit, upload).
// Prints the total time, per-digest p50/p99 (claim to chart shared) and the peak
// memory. The fake API runs in this process too, so its work is counted.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DateTime } from 'luxon';
import pino from 'pino';
import { createDigestRuntime } from '../src/app/services/create-digest-runtime.js';
import { ensureStoreReady } from '../src/app/services/ensure-store-ready.js';
import { createPrismaClient } from '../src/adapters/prisma/prisma-client.js';
import { createPrismaFigureStore } from '../src/adapters/prisma/prisma-figure-store.js';
import { startFakeSlackApi } from '../test/support/fake-slack-api.js';

const DIGESTS = Number(process.env.BENCH_DIGESTS ?? 1000);
const CONCURRENCY = process.env.BENCH_DIGEST_CONCURRENCY ? Number(process.env.BENCH_DIGEST_CONCURRENCY) : undefined;
const folder = path.resolve('data', 'tmp', 'bench-digest');
rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
const databaseUrl = process.env.BENCH_DATABASE_URL ?? `file:${path.join(folder, 'bench.db')}`;

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);

const slack = await startFakeSlackApi();
const connection = createPrismaClient(databaseUrl);
await ensureStoreReady(connection);
const organisations = (await createPrismaFigureStore(connection.prisma).listOrganisations()).filter((organisation) => organisation.parentId === null || organisation.kind !== 'unit');
const runtime = createDigestRuntime(connection.prisma, { slack: { botToken: 'xoxb-bench', signingSecret: '', apiUrl: slack.url }, teams: { mode: 'local' } }, pino({ level: 'warn' }), CONCURRENCY ? { concurrency: CONCURRENCY } : {});

// Due today at midnight Stockholm time, made a week ago.
const today = DateTime.now().setZone('Europe/Stockholm');
for (let index = 0; index < DIGESTS; index += 1) {
  const organisation = organisations[index % organisations.length]!;
  await runtime.store.createSubscription({ platform: 'slack', target: `C0BENCH${String(index).padStart(5, '0')}`, organisationId: organisation.id, weekday: today.weekday, time: '00:00', language: index % 5 === 0 ? 'en' : 'sv', createdBy: 'bench' });
}
await connection.prisma.digestSubscription.updateMany({ data: { createdAt: today.minus({ days: 8 }).toJSDate() } });

const started = performance.now();
const reports = await runtime.deliverer.runDue();
const total = performance.now() - started;
clearInterval(sampler);

const durations = reports.map((report) => report.durationMs ?? 0).sort((a, b) => a - b);
const percentile = (p: number) => durations[Math.min(durations.length - 1, Math.ceil((p / 100) * durations.length) - 1)] ?? 0;
const sent = reports.filter((report) => report.result === 'sent').length;
const posts = slack.calls.filter((call) => call.method === 'chat.postMessage' && call.response?.ok).length;
const charts = slack.uploads.filter((upload) => upload.completed && upload.isPng).length;
const channels = new Set(slack.calls.filter((call) => call.method === 'chat.postMessage').map((call) => call.body.channel)).size;
const rejected = slack.calls.filter((call) => call.violations.length > 0).length;
// Digests of organisations without deviations have no chart.
const withChart = await connection.prisma.digestDelivery.count({ where: { chartPng: { not: null } } });
const format = (ms: number) => `${(ms / 1000).toFixed(1).replace('.', ',')} s`;

console.log(`Weekly digests: ${DIGESTS} subscriptions (${organisations.length} organisations), one channel each, store ${databaseUrl.startsWith('file:') ? 'SQLite' : 'PostgreSQL'}`);
console.log(`  total          ${format(total)}  (${(DIGESTS / (total / 1000)).toFixed(1).replace('.', ',')} digests/s)`);
console.log(`  per digest     p50 ${Math.round(percentile(50))} ms   p99 ${Math.round(percentile(99))} ms   max ${Math.round(durations[durations.length - 1] ?? 0)} ms   (claim, compose, guard, chart, post, upload)`);
console.log(`  peak memory    ${Math.round(peakRss / 1024 / 1024)} MiB RSS`);
console.log(`  delivered      ${sent} sent, ${posts} messages in ${channels} channels, ${charts} charts (of ${withChart} digests with one); ${rejected} calls Slack would refuse`);
// What the scheduler does every interval for the rest of the week, once the digests are out.
const againStarted = performance.now();
const again = await runtime.deliverer.runDue();
const againMs = performance.now() - againStarted;
console.log(`  run again      ${again.filter((report) => report.result === 'sent').length} sent in ${Math.round(againMs)} ms (the week's digests are out; the scheduler's every tick after)`);
const ok = sent === DIGESTS && posts === DIGESTS && channels === DIGESTS && charts === withChart && rejected === 0 && again.every((report) => report.result !== 'sent');
console.log(ok ? 'PASS' : 'FAIL');
await connection.prisma.$disconnect();
await slack.close();
process.exit(ok ? 0 : 1);
