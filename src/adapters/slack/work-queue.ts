// Work after the acknowledgement runs a few tasks at a time, and yields to arriving
// requests. Acknowledgements and answers share one event loop, and an answer is mostly
// synchronous work (the SQLite driver is synchronous, so a store read resolves without
// yielding): a burst of answers started together would hold the loop for seconds while
// the requests still arriving wait for their acknowledgement, past Slack's 3 s limit.
// So a task starts on a later turn of the loop, once no request has arrived for a
// moment (or it has waited long enough), and acknowledgements go first. Time is the
// global `performance` and `setTimeout`, so a test can run the queue on a fake clock.

/** Paces work after acknowledgements. */
export interface WorkQueue {
  /** Runs `task` when a slot is free and requests have paused; settles as `task` does. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Records that a request arrived: queued work waits for a pause. */
  noteArrival(): void;
  /** Tasks running and waiting. */
  readonly size: number;
}

/** How a WorkQueue paces. */
export interface WorkQueueOptions {
  /** Tasks running at once. */
  readonly concurrency: number;
  /** A pause in arrivals this long lets a task start. */
  readonly quietMs: number;
  /** A task waits for a pause at most this long, so that steady traffic cannot starve it. */
  readonly maxWaitMs: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
// setImmediate runs after the poll phase, where incoming requests are read and acknowledged.
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A FIFO queue of tasks that give way to arriving requests. */
export function createWorkQueue(options: WorkQueueOptions): WorkQueue {
  const waiting: (() => void)[] = [];
  let running = 0;
  let lastArrival = -Infinity;
  const release = () => {
    running -= 1;
    const next = waiting.shift();
    if (next) {
      running += 1;
      next();
    }
  };
  const pause = async () => {
    const deadline = performance.now() + options.maxWaitMs;
    await nextTurn();
    for (;;) {
      const now = performance.now();
      const quiet = now - lastArrival;
      if (quiet >= options.quietMs || now >= deadline) return;
      await sleep(Math.max(1, Math.min(options.quietMs - quiet, deadline - now)));
    }
  };
  return {
    get size() {
      return running + waiting.length;
    },
    noteArrival() {
      lastArrival = performance.now();
    },
    async run(task) {
      if (running < options.concurrency) running += 1;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        await pause();
        return await task();
      } finally {
        release();
      }
    },
  };
}
