// Question latency benchmark: asks a mix of questions in-process through the
// offline engine, on the sample data and on the 1,000,000-row store that
// bench:import leaves behind (built first if missing), and prints p50/p99 latency
// and peak memory. Each store is measured in its own process.
// Usage: npm run bench:ask [-- --rounds 20]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPrismaClient } from '../src/store/prisma-client.js';
import { ensureStoreReady } from '../src/store/ensure-store-ready.js';
import { createPrismaFigureStore } from '../src/store/prisma-figure-store.js';
import { createOfflineAskService } from '../src/core/questions/ask-service.js';
import type { Question } from '../src/core/questions/answer-question.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const largeStore = path.join(root, 'data', 'tmp', 'bench', 'utfall-sqlite.db');
const argument = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1]! : fallback;
};

const SAMPLE_QUESTIONS: Question[] = [
  { homeOrganisation: 'Kommunstyrelsen', text: 'Hur ligger vi till mot budget på personalkostnaderna?' },
  { homeOrganisation: 'Kommunstyrelsen', text: 'Vad är årsprognosen för intäkterna?' },
  { homeOrganisation: 'IT-förvaltningen', text: 'Vilka avdelningar har störst avvikelse?' },
  { homeOrganisation: 'IT-förvaltningen', text: 'Hur hög är sjukfrånvaron?' },
  { homeOrganisation: 'Regionkontoret', text: 'Which projects deviate most?' },
  { homeOrganisation: 'Division Länsteknik', text: 'Varför avviker personalkostnaderna?' },
  { homeOrganisation: 'Kommunstyrelsen', text: 'Vilka siffror finns för Exploateringsverksamheten?' },
  { homeOrganisation: 'Kommunstyrelsen', text: 'Hur ser lönerna ut jämfört med samma period förra året?' },
];

function largeQuestions(): Question[] {
  const questions: Question[] = [];
  for (let index = 0; index < 40; index += 1) {
    const organisation = `Förvaltning ${1 + ((index * 37) % 200)}`;
    const item = `Kontogrupp ${1 + ((index * 7) % 40)}`;
    questions.push(
      { homeOrganisation: organisation, text: `Hur ligger vi till mot budget på ${item}?` },
      { homeOrganisation: 'Benchregionen', text: `Vad är prognosen för ${item} i ${organisation}?` },
      { homeOrganisation: organisation, text: 'Vilka poster har störst avvikelse i augusti?' },
      { homeOrganisation: organisation, text: `${item} jämfört med förra året` },
    );
  }
  return questions;
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

async function measure(name: string, databaseUrl: string, questions: Question[], rounds: number): Promise<void> {
  const connection = createPrismaClient(databaseUrl);
  await ensureStoreReady(connection, { loadSamples: name === 'sample' });
  const service = createOfflineAskService(createPrismaFigureStore(connection.prisma));
  for (const question of questions) await service.ask(question); // warm up
  const timings: number[] = [];
  const statuses = new Map<string, number>();
  for (let round = 0; round < rounds; round += 1) {
    for (const question of questions) {
      const started = performance.now();
      const answer = await service.ask(question);
      timings.push(performance.now() - started);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    }
  }
  await connection.prisma.$disconnect();
  timings.sort((a, b) => a - b);
  console.log(JSON.stringify({ store: name, questions: timings.length, p50: percentile(timings, 0.5), p99: percentile(timings, 0.99), max: timings[timings.length - 1], statuses: Object.fromEntries(statuses), maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) }));
}

async function main(): Promise<void> {
  const rounds = Number(argument('rounds', '20'));
  const phase = argument('phase', '');
  if (phase === 'sample') {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'utfall-bench-ask-'));
    try {
      return await measure('sample', `file:${path.join(directory, 'sample.db')}`, SAMPLE_QUESTIONS, rounds);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }
  if (phase === 'large') return measure('1M rows', `file:${largeStore}`, largeQuestions(), Math.max(1, Math.round(rounds / 4)));
  if (!existsSync(largeStore)) {
    console.error('bench:ask: building the 1,000,000-row store with bench:import (utfall-sqlite only) …');
    spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'bench-import.ts'), '--only', 'utfall-sqlite'], { stdio: 'inherit' });
  }
  const results: Record<string, unknown>[] = [];
  for (const name of ['sample', 'large']) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--phase', name, '--rounds', String(rounds)], { encoding: 'utf8' });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !line.startsWith('{')) {
      console.error(`${name} failed:\n${child.stderr.slice(-2000)}`);
      continue;
    }
    results.push(JSON.parse(line));
  }
  console.log('store       questions   p50 ms   p99 ms   max ms  peak MiB  statuses');
  for (const result of results) {
    const ms = (value: unknown) => Number(value).toFixed(1).padStart(8);
    console.log(`${String(result.store).padEnd(12)}${String(result.questions).padStart(9)} ${ms(result.p50)} ${ms(result.p99)} ${ms(result.max)} ${String(result.maxRssMiB).padStart(9)}  ${JSON.stringify(result.statuses)}`);
  }
  console.log('Target: p99 under 50 ms on the 1,000,000-row store.');
}

await main();
