// npm run eval: asks the question set (test/questions/question-set.json) against a
// fresh SQLite store with the sample data and prints pass rates per intent and
// organisation, the failures, and the count of unbacked numbers (must be 0).
// Usage: npm run eval [-- --verbose]
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPrismaClient } from '../src/store/prisma-client.js';
import { ensureStoreReady } from '../src/store/ensure-store-ready.js';
import { createPrismaFigureStore } from '../src/store/prisma-figure-store.js';
import { createOfflineAskService } from '../src/core/questions/ask-service.js';
import { evaluateQuestionSet, loadQuestionSet, summariseResults } from '../src/evaluation/evaluate-question-set.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const directory = mkdtempSync(path.join(os.tmpdir(), 'utfall-eval-'));
const connection = createPrismaClient(`file:${path.join(directory, 'eval.db')}`);
try {
  await ensureStoreReady(connection);
  const cases = loadQuestionSet(path.join(root, 'test', 'questions', 'question-set.json'));
  const results = await evaluateQuestionSet(createOfflineAskService(createPrismaFigureStore(connection.prisma)), cases);
  const verbose = process.argv.includes('--verbose');
  for (const result of results.filter((candidate) => !candidate.passed || verbose)) {
    console.log(`${result.passed ? 'PASS' : 'FAIL'} ${result.case.id} [${result.case.asker_org}] ${result.case.question}`);
    for (const failure of result.failures) console.log(`     ${failure}`);
    console.log(`     → ${result.answer.status}: ${result.answer.text.replace(/\n/g, '\n       ')}`);
  }
  const summary = summariseResults(results);
  console.log(summary.lines.join('\n'));
  if (summary.passRate < 0.95 || summary.unbacked > 0) process.exitCode = 1;
} finally {
  await connection.prisma.$disconnect();
  rmSync(directory, { recursive: true, force: true });
}
