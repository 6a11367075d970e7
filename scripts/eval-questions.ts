// npm run eval: asks the question sets against a fresh SQLite store with the sample
// data and the other municipalities' reports of test/fixtures/reports/, and prints
// pass rates per class, intent and organisation for each set — the old set
// (question-set.json) and the generalisation sets' train and frozen holdout halves
// (generalisation-*.json) — the failures, and the count of unbacked numbers (must be 0).
// Then the same set through the model path against a local fake OpenAI-compatible
// server (a scripted model that looks up and rephrases, with deliberate wrong
// figures), and drafts for every organisation and report: 0 unverified numbers.
// Last, a lying model (test/support/lying-model.ts) that swaps figures between roles,
// lines and periods, approximates unrelated figures and repeats right numbers under
// wrong labels, 40 lies of each kind: 0 misquotes may be shown. The same phrasings told
// truthfully measure how many correct model answers the guard accepts.
// Usage: npm run eval [-- --verbose] [--offline-only] [--liar-only] [--failures train|holdout|old|'probe train'|'probe holdout'|all] [--answers <file>]
// --answers <file> writes every offline answer of every set (set, id, question, status, text,
// facts, derivations, quotes, options) and the offline draft of every organisation, report
// and language as JSON lines, so a refactoring of the sentences can be diffed byte for byte.
// (train shows the failures of both training halves; holdout failures only when asked for by name)
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPrismaClient } from '../src/adapters/prisma/prisma-client.js';
import { ensureStoreReady } from '../src/app/services/ensure-store-ready.js';
import { createPrismaFigureStore } from '../src/adapters/prisma/prisma-figure-store.js';
import { createAskService, createOfflineAskService } from '../src/core/answering/ask-service.js';
import { createOpenAiChatModel } from '../src/adapters/openai/openai-chat-model.js';
import { loadPrompts } from '../src/adapters/files/load-prompts.js';
import { MODEL_TOOLS } from '../src/core/llm/tools/tool-registry.js';
import { createDraftService, OPERATOR_MAY_DO_EVERYTHING } from '../src/core/drafting/draft-service.js';
import { createPrismaDraftStore } from '../src/adapters/prisma/prisma-draft-store.js';
import { echoModelPolicy } from '../src/app/evaluation/echo-model-policy.js';
import { startFakeOpenAiServer } from '../test/support/fake-openai-server.js';
import { readdirSync, writeFileSync } from 'node:fs';
import { composeDraft } from '../src/core/drafting/compose-draft.js';
import { formatPeriod } from '../src/core/figures/period.js';
import { evaluateQuestionSet, loadQuestionSet, summariseResults, type CaseResult } from '../src/app/evaluation/evaluate-question-set.js';
import { importReportFixtures } from '../src/app/evaluation/import-report-fixtures.js';
import type { QuestionCase } from '../src/app/evaluation/question-case.js';
import { LIES } from '../test/support/lying-model.js';
import { liarCases, runLiar } from '../test/support/run-liar.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const directory = mkdtempSync(path.join(os.tmpdir(), 'utfall-eval-'));
const connection = createPrismaClient(`file:${path.join(directory, 'eval.db')}`);
try {
  await ensureStoreReady(connection);
  await importReportFixtures(connection, path.join(root, 'test', 'fixtures', 'reports'));
  const questions = path.join(root, 'test', 'questions');
  const old = loadQuestionSet(path.join(questions, 'question-set.json'));
  // The generalisation sets of issue 13 (seeds, reports) and the probe set written later by
  // people who had not seen the engine since; each has its train and frozen holdout halves.
  const setFiles = readdirSync(questions).filter((file) => /^generalisation-.*\.json$/.test(file)).sort();
  // The first two files are one family (issue 13's sets); each later set is reported on its own ("probe train").
  const family = (file: string) => (['generalisation-seeds.json', 'generalisation-reports.json'].includes(file) ? '' : `${file.replace(/^generalisation-|\.json$/g, '')} `);
  const sets: [string, QuestionCase[]][] = [['old', old]];
  for (const prefix of [...new Set(setFiles.map(family))]) {
    const cases = setFiles.filter((file) => family(file) === prefix).flatMap((file) => loadQuestionSet(path.join(questions, file)));
    for (const split of ['train', 'holdout'] as const) sets.push([`${prefix}${split}`, cases.filter((questionCase) => questionCase.split === split)]);
  }
  const cases = old;
  const service = createOfflineAskService(createPrismaFigureStore(connection.prisma));
  const verbose = process.argv.includes('--verbose');
  const failuresOf = process.argv.includes('--failures') ? process.argv[process.argv.indexOf('--failures') + 1] : 'train';
  const showsFailures = (name: string) => failuresOf === name || failuresOf === 'all' || (failuresOf === 'train' && name.endsWith('train'));
  const totals: string[] = [];
  let allResults: CaseResult[] = [];
  const answersFile = process.argv.includes('--answers') ? process.argv[process.argv.indexOf('--answers') + 1] : undefined;
  const dumped: string[] = [];
  const liarOnly = process.argv.includes('--liar-only');
  for (const [name, set] of liarOnly ? [] : sets) {
    if (set.length === 0) continue;
    const results = await evaluateQuestionSet(service, set);
    allResults = [...allResults, ...results];
    for (const { case: asked, answer } of results) {
      const { status, text, facts, derivations, quotes, options, language } = answer;
      dumped.push(JSON.stringify({ set: name, id: asked.id, question: asked.question, status, language, text, facts, derivations, quotes, options }));
    }
    // The holdout half is frozen: its failures are counted, not read, unless asked for.
    if (showsFailures(name) || verbose) {
      for (const result of results.filter((candidate) => !candidate.passed || verbose)) {
        console.log(`${result.passed ? 'PASS' : 'FAIL'} ${result.case.id} [${result.case.asker_org}] ${result.case.question}`);
        for (const failure of result.failures) console.log(`     ${failure}`);
        console.log(`     → ${result.answer.status}: ${result.answer.text.replace(/\n/g, '\n       ')}`);
      }
    }
    const summary = summariseResults(results);
    console.log(`\n== ${name} (${set.length} questions)`);
    console.log(summary.lines.join('\n'));
    totals.push(`${name.padEnd(14)} ${summary.lines[summary.lines.length - 1]}`);
    if (summary.passRate < 0.95 || summary.unbacked > 0) process.exitCode = 1;
  }
  if (!liarOnly) {
    console.log(`\n${totals.join('\n')}`);
    const timings = allResults.map((result) => result.milliseconds).sort((a, b) => a - b);
    console.log(`answer time over all ${timings.length} questions: p50 ${timings[Math.floor(timings.length / 2)]!.toFixed(1)} ms, max ${timings[timings.length - 1]!.toFixed(1)} ms`);
  }
  if (answersFile) {
    // The offline drafts too: their sentences are composed like answers and must not change either.
    const store = createPrismaFigureStore(connection.prisma);
    for (const organisation of await store.listOrganisations()) {
      for (const period of await store.listReportPeriods(organisation.id)) {
        for (const language of ['sv', 'en'] as const) {
          const draft = await composeDraft(store, { organisation, period, item: null, language });
          const id = `draft ${organisation.name} ${formatPeriod(period)} ${language}`;
          if ('missing' in draft) dumped.push(JSON.stringify({ set: 'drafts', id, missing: draft.missing }));
          else dumped.push(JSON.stringify({ set: 'drafts', id, text: draft.text, facts: draft.facts, derivations: draft.derivations, quotes: draft.quotes, missingCauses: draft.missingCauses }));
        }
      }
    }
    writeFileSync(answersFile, `${dumped.join('\n')}\n`);
    console.log(`wrote ${dumped.length} answers and drafts to ${answersFile}`);
  }
  if (!process.argv.includes('--offline-only') && !liarOnly) {
    const store = createPrismaFigureStore(connection.prisma);
    const server = await startFakeOpenAiServer({ policy: echoModelPolicy() as never });
    try {
      const events: string[] = [];
      const log = { info: () => {}, warn: (event: string) => void events.push(event) };
      const model = { model: createOpenAiChatModel({ model: 'fake-model', baseURL: server.baseURL, apiKey: 'eval', timeoutMs: 5000, maxRetries: 0 }), prompts: loadPrompts(), tools: MODEL_TOOLS, toolMode: 'native' as const, log };
      const modelResults = await evaluateQuestionSet(createAskService(store, model), cases);
      const byEngine = (engine: string) => modelResults.filter((result) => result.answer.engine === engine).length;
      const modelSummary = summariseResults(modelResults);
      console.log(`\nmodel path (fake server: look up, rephrase, a wrong figure every third answer): ${byEngine('llm')} answers by the model, ${byEngine('offline')} by the offline engine, ${events.filter((event) => event === 'model_answer_rejected').length} model answers rejected by the guard`);
      console.log(modelSummary.lines[modelSummary.lines.length - 1]);
      if (modelSummary.unbacked > 0) process.exitCode = 1;
      const drafts = createDraftService(store, createPrismaDraftStore(connection.prisma), model, OPERATOR_MAY_DO_EVERYTHING);
      let draftCount = 0;
      let unverified = 0;
      for (const organisation of await store.listOrganisations()) {
        for (const period of await store.listReportPeriods(organisation.id)) {
          for (const language of ['sv', 'en'] as const) {
            const outcome = await drafts.create({ organisation, item: null, period, language, createdBy: 'eval' });
            if (!('draft' in outcome)) continue;
            draftCount += 1;
            unverified += outcome.guard.rejected.length;
          }
        }
      }
      console.log(`drafts for every organisation and report (sv and en): ${draftCount}; numbers not verified: ${unverified}`);
      if (unverified > 0) process.exitCode = 1;
    } finally {
      await server.close();
    }
  }
  if (!process.argv.includes('--offline-only')) {
    // The liar: each kind of lie 40 times, over lines of every organisation, in Swedish and English.
    const store = createPrismaFigureStore(connection.prisma);
    const cases = await liarCases(store);
    console.log(`\nlying model (${cases.length} lines to ask about; 40 lies of each kind):`);
    for (const strategy of ['honest', ...LIES] as const) {
      const tally = await runLiar(store, strategy, cases, strategy === 'honest' ? cases.length : 40);
      if (strategy === 'honest') {
        console.log(`  ${'honest'.padEnd(24)} ${tally.modelAnswers}/${tally.lied} correct model answers accepted (${((100 * tally.modelAnswers) / Math.max(1, tally.lied)).toFixed(1)} %), ${tally.offlineAnswers} replaced by the offline answer`);
        if (verbose) for (const text of tally.refused) console.log(`      refused: ${text}`);
        continue;
      }
      console.log(`  ${strategy.padEnd(24)} ${tally.misquotesShown}/${tally.lied} misquotes shown; ${tally.modelAnswers} repaired model answers, ${tally.offlineAnswers} offline answers`);
      for (const text of verbose ? tally.shown : tally.shown.slice(0, 2)) console.log(`      shown: ${text}`);
      if (tally.misquotesShown > 0 || tally.lied < 40) process.exitCode = 1;
    }
  }
} finally {
  await connection.prisma.$disconnect();
  rmSync(directory, { recursive: true, force: true });
}
