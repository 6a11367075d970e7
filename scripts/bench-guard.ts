// Guard benchmark: the guard's cost per answer, and the model path's overhead
// without model time (a local fake server that answers at once), on the sample
// data. Prints p50/p99. Target: overhead p99 under 20 ms.
// Usage: npm run bench:guard [-- --rounds 3]
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPrismaClient } from '../src/adapters/prisma/prisma-client.js';
import { ensureStoreReady } from '../src/app/services/ensure-store-ready.js';
import { createPrismaFigureStore } from '../src/adapters/prisma/prisma-figure-store.js';
import { createAskService } from '../src/core/answering/ask-service.js';
import { guardModelText } from '../src/core/guard/guard-model-text.js';
import { findWordNumbers } from '../src/core/guard/number-words.js';
import { createOpenAiChatModel } from '../src/adapters/openai/openai-chat-model.js';
import { loadPrompts } from '../src/adapters/files/load-prompts.js';
import { MODEL_TOOLS } from '../src/core/llm/tools/tool-registry.js';
import { loadQuestionSet } from '../src/app/evaluation/evaluate-question-set.js';
import { echoModelPolicy } from '../src/app/evaluation/echo-model-policy.js';
import { startFakeOpenAiServer } from '../test/support/fake-openai-server.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Without --rounds, 3: indexOf gives −1 then, and argv[0] (the node binary's path) is no number.
const roundsAt = process.argv.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(process.argv[roundsAt + 1]) : 3;
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a whole number of at least 1, not "${process.argv[roundsAt + 1]}"`);
const percentile = (values: number[], fraction: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(fraction * values.length) - 1)]!;

const directory = mkdtempSync(path.join(os.tmpdir(), 'utfall-bench-guard-'));
const connection = createPrismaClient(`file:${path.join(directory, 'bench.db')}`);
const server = await startFakeOpenAiServer({ policy: echoModelPolicy({ corruptEvery: null }) as never });
try {
  await ensureStoreReady(connection);
  const store = createPrismaFigureStore(connection.prisma);
  const cases = loadQuestionSet(path.join(root, 'test', 'questions', 'question-set.json'));
  const offline = createAskService(store);
  const model = createOpenAiChatModel({ model: 'fake-model', baseURL: server.baseURL, apiKey: 'bench', timeoutMs: 5000, maxRetries: 0 });
  const withModel = createAskService(store, { model, prompts: loadPrompts(), tools: MODEL_TOOLS, toolMode: 'native', log: { info: () => {}, warn: () => {} } });
  const guardTimes: number[] = [];
  const overheads: number[] = [];
  const totals: number[] = [];
  for (const question of cases.map((questionCase) => ({ text: questionCase.question, homeOrganisation: questionCase.asker_org }))) await withModel.askNamingHome(question); // warm up
  for (let round = 0; round < rounds; round += 1) {
    for (const questionCase of cases) {
      const question = { text: questionCase.question, homeOrganisation: questionCase.asker_org };
      let started = performance.now();
      const plain = await offline.askNamingHome(question);
      const offlineTime = performance.now() - started;
      started = performance.now();
      const answer = await withModel.askNamingHome(question);
      const total = performance.now() - started;
      totals.push(total);
      // Model time is nil here (the fake answers at once), so what is left beyond the offline answer is overhead.
      overheads.push(Math.max(0, total - offlineTime));
      started = performance.now();
      guardModelText(answer.text, answer);
      guardTimes.push(performance.now() - started);
      void plain;
    }
  }
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  console.log(`answers: ${guardTimes.length} (${cases.length} questions × ${rounds} rounds)`);
  console.log(`guard per answer:                 p50 ${ms(percentile(guardTimes, 0.5))}  p99 ${ms(percentile(guardTimes, 0.99))}`);
  console.log(`model path total (instant model): p50 ${ms(percentile(totals, 0.5))}  p99 ${ms(percentile(totals, 0.99))}`);
  console.log(`model path overhead over offline: p50 ${ms(percentile(overheads, 0.5))}  p99 ${ms(percentile(overheads, 0.99))}  (target p99 < 20 ms)`);
  // A hostile text (360 000 characters of number words) read to the end: a reading that backtracked would take minutes.
  const hostile = `${'fem'.repeat(100_000)} ${'tjugo '.repeat(10_000)}procent`;
  const hostileStarted = performance.now();
  findWordNumbers(hostile);
  console.log(`number words in a hostile text:   ${ms(performance.now() - hostileStarted)} for ${hostile.length.toLocaleString('sv-SE')} characters`);
  console.log(`peak memory: ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
} finally {
  await server.close();
  await connection.prisma.$disconnect();
  rmSync(directory, { recursive: true, force: true });
}
