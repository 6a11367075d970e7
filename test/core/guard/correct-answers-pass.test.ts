// Correct text passes the role-bound guard: every answer the offline engine gives to
// the question set (and the generalisation sets), and every draft of every report,
// phrased as it is, is read to say what its figures are, and the guard agrees. A
// guard that misread "mot budget 75 812 tkr" or "samma period 2023: 3,5 %" would
// reject the engine's own sentences here.
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardModelText } from '../../../src/core/guard/guard-model-text.js';
import { createOfflineAskService } from '../../../src/core/answering/ask-service.js';
import { createDraftService, OPERATOR_MAY_DO_EVERYTHING } from '../../../src/core/drafting/draft-service.js';
import { loadQuestionSet } from '../../../src/app/evaluation/evaluate-question-set.js';
import { importReportFixtures } from '../../../src/app/evaluation/import-report-fixtures.js';
import { ensureStoreReady } from '../../../src/app/services/ensure-store-ready.js';
import { createPrismaDraftStore } from '../../../src/adapters/prisma/prisma-draft-store.js';
import { createPrismaFigureStore } from '../../../src/adapters/prisma/prisma-figure-store.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const questions = path.join(root, 'test', 'questions');
let store: TestStore;

beforeAll(async () => {
  store = await createTestStore();
  await ensureStoreReady(store.connection);
  await importReportFixtures(store.connection, path.join(root, 'test', 'fixtures', 'reports'));
}, 120_000);

afterAll(async () => {
  await store?.cleanup();
});

describe('the role-bound guard on correct text', () => {
  it("accepts every answer the offline engine gives to the question sets, with its question as the subject", async () => {
    const service = createOfflineAskService(createPrismaFigureStore(store.connection.prisma));
    const files = ['question-set.json', ...readdirSync(questions).filter((file) => /^generalisation-.*\.json$/.test(file))];
    const problems: string[] = [];
    let checked = 0;
    for (const questionCase of files.flatMap((file) => loadQuestionSet(path.join(questions, file)))) {
      const answer = await service.askNamingHome({ text: questionCase.question, homeOrganisation: questionCase.asker_org });
      if (answer.status !== 'answered' || answer.facts.length === 0) continue;
      checked += 1;
      const guard = guardModelText(answer.text, answer, { question: questionCase.question });
      if (guard.rejected.length > 0) problems.push(`${questionCase.id}: ${JSON.stringify(guard.rejected)} in ${answer.text}`);
    }
    expect(checked).toBeGreaterThan(300);
    expect(problems).toEqual([]);
    // Every set's every question (over 2 800 with probe7 and probe8): about a minute on a quiet machine.
  }, 300_000);

  it('accepts every draft of every report, in both languages', async () => {
    const figures = createPrismaFigureStore(store.connection.prisma);
    const drafts = createDraftService(figures, createPrismaDraftStore(store.connection.prisma), undefined, OPERATOR_MAY_DO_EVERYTHING);
    const problems: string[] = [];
    let checked = 0;
    for (const organisation of await figures.listOrganisations()) {
      for (const period of await figures.listReportPeriods(organisation.id)) {
        for (const language of ['sv', 'en'] as const) {
          const outcome = await drafts.create({ organisation, item: null, period, language, createdBy: 'test' });
          if (!('draft' in outcome)) continue;
          checked += 1;
          if (outcome.guard.rejected.length > 0) problems.push(`${organisation.name} ${language}: ${outcome.guard.rejected.join(', ')} in ${outcome.draft.text}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  }, 120_000);
});
