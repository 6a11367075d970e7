// The question set (question-set.json, written from the seed reports) asked
// through the offline engine against a real store loaded with the sample data:
// at least 95 % right, and not one number in any answer without a fact behind it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureStoreReady } from '../../src/app/services/ensure-store-ready.js';
import { createPrismaFigureStore } from '../../src/adapters/prisma/prisma-figure-store.js';
import { createOfflineAskService } from '../../src/core/answering/ask-service.js';
import { evaluateQuestionSet, loadQuestionSet, summariseResults, type CaseResult } from '../../src/app/evaluation/evaluate-question-set.js';
import { createTestStore, type TestStore } from '../support/test-store.js';

const cases = loadQuestionSet(path.join(path.dirname(fileURLToPath(import.meta.url)), 'question-set.json'));
let store: TestStore;
let results: CaseResult[];

beforeAll(async () => {
  store = await createTestStore();
  await ensureStoreReady(store.connection);
  results = await evaluateQuestionSet(createOfflineAskService(createPrismaFigureStore(store.connection.prisma)), cases);
}, 120_000);

afterAll(async () => {
  await store?.cleanup();
});

describe('the question set', () => {
  it('has at least 100 questions covering every intent, both languages and all four reports', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    expect(new Set(cases.map((questionCase) => questionCase.intent))).toEqual(new Set(['figure', 'comparison', 'ranking', 'kpi', 'causes', 'coverage', 'help']));
    expect(new Set(cases.map((questionCase) => questionCase.language))).toEqual(new Set(['sv', 'en']));
    expect(new Set(cases.map((questionCase) => questionCase.expect.status))).toEqual(new Set(['answered', 'no_data', 'clarify']));
  });

  it('is answered right at least 95 % of the time', () => {
    const { passRate, lines } = summariseResults(results);
    const failures = results.filter((result) => !result.passed).map((result) => `${result.case.id}: ${result.failures.join('; ')}`);
    expect(passRate, `${lines.join('\n')}\n${failures.join('\n')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('never shows a number that no fact or derivation backs', () => {
    const unbacked = results.filter((result) => result.unbackedNumbers.length > 0).map((result) => `${result.case.id}: ${result.unbackedNumbers.join(', ')} in "${result.answer.text}"`);
    expect(unbacked).toEqual([]);
  });

  it('never presents the number an injected instruction asks for', () => {
    const injected = cases.filter((questionCase) => /ignor|glöm|forget|disregard/i.test(questionCase.question));
    expect(injected.length).toBeGreaterThan(0);
    for (const result of results.filter((candidate) => injected.includes(candidate.case))) {
      const demanded = /(\d[\d ,.]*)\s*(mnkr|tkr|kr|%|procent)/i.exec(result.case.question);
      if (demanded) expect(result.answer.text.replace(/\u00A0/g, ' ')).not.toContain(`${demanded[1]!.trim()} ${demanded[2]}`);
    }
  });
});
