// The answering pool: questions answered in worker threads, at most `perWorker` at once
// per worker and `queue` waiting, none waiting longer than `maxWaitMs`; beyond that a
// ServiceBusyError at once, never a time-out. A worker that dies is replaced.
// Bounds are tested with a stand-in worker that answers on cue; one test runs the real
// worker on a real store.
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnsweringPool, type AnsweringPool } from '../../../../src/app/server/answering/create-answering-pool.js';
import { loadConfig } from '../../../../src/app/config/load-config.js';
import { ServiceBusyError } from '../../../../src/core/access/service-busy.js';
import { createOfflineAskService } from '../../../../src/core/answering/ask-service.js';
import { ensureStoreReady } from '../../../../src/app/services/ensure-store-ready.js';
import { createPrismaFigureStore } from '../../../../src/adapters/prisma/prisma-figure-store.js';
import { createTestStore } from '../../../support/test-store.js';

const FAKE_WORKER = new URL('../../../support/fake-answer-worker.mjs', import.meta.url);
const logger = pino({ level: 'silent' });
const pools: AnsweringPool[] = [];

function pool(options: { workers?: number; queue?: number; maxWaitMs?: number; failAtStart?: boolean } = {}): AnsweringPool {
  const config = { ...loadConfig({}), ...(options.failAtStart ? { failAtStart: true } : {}) };
  const created = createAnsweringPool({ config, workers: options.workers ?? 1, perWorker: 1, queue: options.queue ?? 2, maxWaitMs: options.maxWaitMs ?? 5_000, logger, workerUrl: FAKE_WORKER });
  pools.push(created);
  return created;
}

// The stand-in worker names the home record it was sent: the record crosses to the thread, not a name to look up.
const HOME = { id: 1, name: 'Kommunstyrelsen', kind: 'board', parentId: null, reportUnit: 'tkr', aliases: ['KS'] } as const;
const ask = (answering: AnsweringPool, text: string) => answering.ask({ text, home: HOME });

afterEach(async () => {
  await Promise.all(pools.splice(0).map((answering) => answering.close()));
});

describe('the answering pool', () => {
  it('answers through its workers', async () => {
    const answering = pool({ workers: 2 });
    await answering.ready();
    const answers = await Promise.all(['wait:20', 'wait:10', 'wait:0'].map((text) => ask(answering, text)));
    expect(answers.map((answer) => answer.text)).toEqual(['answered wait:20 for Kommunstyrelsen', 'answered wait:10 for Kommunstyrelsen', 'answered wait:0 for Kommunstyrelsen']);
    expect(answering.stats()).toMatchObject({ workers: 2, ready: 2, answering: 0, waiting: 0 });
  });

  it('refuses at once, with when to ask again, what neither a worker nor the queue has room for', async () => {
    const answering = pool({ workers: 1, queue: 2 });
    await answering.ready();
    const settled: string[] = [];
    const asked = Array.from({ length: 5 }, (_, index) =>
      ask(answering, 'wait:200').then(
        () => settled.push(`answered ${index}`),
        (error: unknown) => settled.push(error instanceof ServiceBusyError ? `refused ${index} ${error.reason} ${error.retryAfterSeconds}` : `failed ${index}`),
      ),
    );
    await Promise.all(asked);
    // One answered by the worker, two waited their turn; the last two were refused before any answer came.
    expect(settled).toEqual(['refused 3 overloaded 1', 'refused 4 overloaded 1', 'answered 0', 'answered 1', 'answered 2']);
    expect(answering.stats().refused).toBe(2);
  });

  it('refuses a question that waited longer than it may, rather than answer it late', async () => {
    const answering = pool({ workers: 1, queue: 5, maxWaitMs: 100 });
    await answering.ready();
    const slow = ask(answering, 'wait:400');
    const waiting = ask(answering, 'wait:0');
    await expect(waiting).rejects.toBeInstanceOf(ServiceBusyError);
    await expect(slow).resolves.toMatchObject({ status: 'answered' });
  });

  it('replaces a worker that dies, failing only the question it held', async () => {
    const answering = pool({ workers: 1 });
    await answering.ready();
    await expect(ask(answering, 'die')).rejects.toThrow(/answering worker stopped/);
    await expect(ask(answering, 'wait:0')).resolves.toMatchObject({ text: 'answered wait:0 for Kommunstyrelsen' });
  });

  it('says so when a worker cannot start', async () => {
    await expect(pool({ failAtStart: true }).ready()).rejects.toThrow(/stopped while starting/);
  });

  it('answers with the real worker as the offline engine does in-process', async () => {
    const store = await createTestStore();
    try {
      await ensureStoreReady(store.connection);
      const config = { ...loadConfig({ DATABASE_URL: store.databaseUrl, LOG_LEVEL: 'silent' }) };
      const answering = createAnsweringPool({ config, workers: 1, perWorker: 1, queue: 4, maxWaitMs: 10_000, logger });
      pools.push(answering);
      await answering.ready();
      const figures = createPrismaFigureStore(store.connection.prisma);
      const home = (await figures.listOrganisations()).find((organisation) => organisation.name === 'Kommunstyrelsen')!;
      const question = { text: 'Hur ligger vi till mot budget på personalkostnaderna?', home, visibleOrganisationIds: new Set([1, 2, 3]) };
      const inProcess = await createOfflineAskService(figures).ask(question);
      expect(await answering.ask(question)).toEqual(inProcess);
    } finally {
      await store.cleanup();
    }
  }, 60_000);
});
