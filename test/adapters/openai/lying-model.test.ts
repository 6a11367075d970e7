// The model path against a tool-calling liar (test/support/lying-model.ts) that
// looks figures up correctly and then misquotes them: swapped between roles, lines
// and periods, approximations of unrelated figures, right numbers under wrong
// labels. Each lie must end with the offline answer or a repaired one; none may be
// shown. The same phrasings told truthfully must be accepted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaFigureStore } from '../../../src/adapters/prisma/prisma-figure-store.js';
import { ensureStoreReady } from '../../../src/app/services/ensure-store-ready.js';
import type { FigureStore } from '../../../src/core/figures/figure-store.js';
import { LIES } from '../../support/lying-model.js';
import { liarCases, runLiar, type LiarCase } from '../../support/run-liar.js';
import { createTestStore, type TestStore } from '../../support/test-store.js';

let store: TestStore;
let figures: FigureStore;
let cases: LiarCase[];

beforeAll(async () => {
  store = await createTestStore();
  await ensureStoreReady(store.connection);
  figures = createPrismaFigureStore(store.connection.prisma);
  cases = await liarCases(figures);
}, 60_000);

afterAll(async () => {
  await store?.cleanup();
});

describe('the lying model', () => {
  it.each(LIES)('never gets a misquote shown: %s', async (lie) => {
    const tally = await runLiar(figures, lie, cases, 15);
    // The liar did lie, so a guard that let lies through would fail here.
    expect(tally.lied).toBeGreaterThanOrEqual(10);
    expect(tally.shown).toEqual([]);
    expect(tally.misquotesShown).toBe(0);
    // Each lie ended with a repaired model answer or the offline one.
    expect(tally.modelAnswers + tally.offlineAnswers).toBe(tally.lied);
    expect(tally.offlineAnswers).toBeGreaterThan(0);
  }, 60_000);

  it('has its truthful answers accepted', async () => {
    const tally = await runLiar(figures, 'honest', cases, cases.length);
    expect(tally.lied).toBeGreaterThanOrEqual(20);
    expect(tally.modelAnswers / tally.lied).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});
