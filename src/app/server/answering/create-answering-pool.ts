// The server answers questions in worker threads, so the event loop that takes
// requests (and acknowledges Slack within its three seconds) is never held by an
// answer: the SQLite driver and the question engine both run synchronously. Each worker
// has its own store connection and engine (answer-worker-main.ts). Answering is bounded:
// each worker answers `perWorker` questions at once, at most `queue` more wait, and none
// waits longer than `maxWaitMs`. A question beyond that is refused at once with a
// ServiceBusyError (HTTP 503 with Retry-After in the web chat), never left to time out.
// A worker that dies or hangs is replaced; the questions it held fail with an error.
import { Worker } from 'node:worker_threads';
import type { Config } from '../../config/load-config.js';
import { ServiceBusyError } from '../../../core/access/service-busy.js';
import type { Answer } from '../../../core/answering/answer.js';
import type { Question } from '../../../core/questions/answer-question.js';
import type { AskService } from '../../../core/answering/ask-service.js';
import type { Logger } from '../../../platform/create-logger.js';
import type { WorkerReply, WorkerRequest } from './worker-messages.js';

export interface AnsweringPoolOptions {
  /** Given to each worker: its store, model and log settings. */
  readonly config: Config;
  readonly workers: number;
  /** Questions a worker answers at once (the SQLite driver is synchronous: 1; PostgreSQL overlaps its queries). */
  readonly perWorker: number;
  /** Questions that may wait for a worker; more are refused. */
  readonly queue: number;
  /** A question that has waited this long is refused rather than answered late. */
  readonly maxWaitMs: number;
  /** A worker still answering one question after this long is replaced. */
  readonly deadlineMs?: number;
  readonly logger: Logger;
  /** The worker's entry (tests may start another). */
  readonly workerUrl?: URL;
}

/** What /health shows of answering. */
export interface AnsweringStats {
  readonly workers: number;
  readonly ready: number;
  readonly answering: number;
  readonly waiting: number;
  readonly refused: number;
}

export interface AnsweringPool extends AskService {
  /** Resolves once every worker has started and warmed up (read the catalogue, compiled the engine). */
  ready(): Promise<void>;
  stats(): AnsweringStats;
  /** Stops the workers; questions still waiting or being answered fail. */
  close(): Promise<void>;
}

interface Job {
  readonly id: number;
  readonly question: Question;
  readonly resolve: (answer: Answer) => void;
  readonly reject: (error: unknown) => void;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  readonly active: Map<number, Job & { started: number }>;
}

// From the sources (tsx, the tests) a worker starts at the .mjs that registers tsx in it;
// from the build (scripts/build.mjs puts every file straight in dist/) at dist/answer-worker.js.
const WORKER_ENTRY = import.meta.url.endsWith('.ts') ? new URL('./answer-worker.mjs', import.meta.url) : new URL('./answer-worker.js', import.meta.url);
const RETRY_AFTER_SECONDS = 1;

/** Starts `options.workers` answering workers. */
export function createAnsweringPool(options: AnsweringPoolOptions): AnsweringPool {
  const waiting: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let refused = 0;
  let closing = false;
  let allReady: () => void = () => {};
  let failed: (error: Error) => void = () => {};
  let everReady = false;
  const started = new Promise<void>((resolve, reject) => {
    allReady = () => {
      everReady = true;
      resolve();
    };
    failed = reject;
  });
  // Whoever waits for ready() hears of a failed start; without a listener it is no unhandled rejection.
  started.catch(() => {});
  const deadlineMs = options.deadlineMs ?? 120_000;
  const busy = () => {
    refused += 1;
    return new ServiceBusyError('overloaded', RETRY_AFTER_SECONDS);
  };

  const dispatch = () => {
    for (const slot of slots) {
      while (slot.ready && slot.active.size < options.perWorker && waiting.length > 0) {
        const job = waiting.shift()!;
        clearTimeout(job.timer);
        slot.active.set(job.id, { ...job, started: Date.now() });
        slot.worker.postMessage({ id: job.id, question: job.question } satisfies WorkerRequest);
      }
    }
  };

  const start = (index: number) => {
    const worker = new Worker(options.workerUrl ?? WORKER_ENTRY, { workerData: { config: options.config } });
    const slot: Slot = { worker, ready: false, active: new Map() };
    slots[index] = slot;
    worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        slot.ready = true;
        if (slots.length === options.workers && slots.every((candidate) => candidate.ready)) allReady();
        dispatch();
        return;
      }
      const job = slot.active.get(reply.id);
      if (!job) return;
      slot.active.delete(reply.id);
      if ('answer' in reply) job.resolve(reply.answer);
      else job.reject(new Error(`answering failed: ${reply.error}`));
      dispatch();
    });
    worker.on('error', (error) => options.logger.error({ err: error, worker: index }, 'answering worker failed'));
    worker.on('exit', (code) => {
      for (const job of slot.active.values()) job.reject(new Error(`the answering worker stopped (exit code ${code})`));
      slot.active.clear();
      slot.ready = false;
      if (closing) return;
      // A worker that cannot start (a store it cannot open, code it cannot load) would only fail again.
      if (!everReady) {
        failed(new Error(`an answering worker stopped while starting (exit code ${code}); see the log above`));
        return;
      }
      options.logger.warn({ worker: index, code }, 'answering worker stopped; starting another');
      start(index);
    });
  };
  for (let index = 0; index < options.workers; index += 1) start(index);

  // A worker stuck on one question (a runaway computation) is replaced.
  const watchdog = setInterval(() => {
    for (const slot of slots) {
      if ([...slot.active.values()].some((job) => Date.now() - job.started > deadlineMs)) void slot.worker.terminate();
    }
  }, Math.min(deadlineMs, 5_000));
  watchdog.unref();

  return {
    ready: () => started,
    ask(question) {
      if (closing || waiting.length >= options.queue) return Promise.reject(busy());
      return new Promise<Answer>((resolve, reject) => {
        const job: Job = { id: nextId++, question, resolve, reject };
        job.timer = setTimeout(() => {
          const at = waiting.indexOf(job);
          if (at < 0) return;
          waiting.splice(at, 1);
          reject(busy());
        }, options.maxWaitMs);
        waiting.push(job);
        dispatch();
      });
    },
    stats: () => ({
      workers: slots.length,
      ready: slots.filter((slot) => slot.ready).length,
      answering: slots.reduce((total, slot) => total + slot.active.size, 0),
      waiting: waiting.length,
      refused,
    }),
    async close() {
      closing = true;
      clearInterval(watchdog);
      for (const job of waiting.splice(0)) {
        clearTimeout(job.timer);
        job.reject(busy());
      }
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
