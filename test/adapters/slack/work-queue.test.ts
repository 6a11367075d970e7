// The work queue paces tasks: a few at a time, giving way to arriving requests.
import { describe, expect, it, vi } from 'vitest';
import { createWorkQueue, type WorkQueue } from '../../../src/adapters/slack/work-queue.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createWorkQueue', () => {
  it('runs at most `concurrency` tasks at once, in order, and settles as each task does', async () => {
    const queue = createWorkQueue({ concurrency: 2, quietMs: 0, maxWaitMs: 0 });
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const task = (index: number) => async () => {
      running += 1;
      most = Math.max(most, running);
      await sleep(5);
      running -= 1;
      order.push(index);
      if (index === 3) throw new Error('task 3 failed');
      return index;
    };
    const results = await Promise.allSettled([0, 1, 2, 3, 4].map((index) => queue.run(task(index))));
    expect(most).toBe(2);
    expect(results.map((result) => (result.status === 'fulfilled' ? result.value : (result.reason as Error).message))).toEqual([0, 1, 2, 'task 3 failed', 4]);
    expect(queue.size).toBe(0);
  });

  // On vitest's fake clock (performance.now and setTimeout; the queue's next turn of the
  // loop is real): how long a task waited is exact, whatever else the machine is doing.
  async function waitAfterArrival(queue: WorkQueue): Promise<number> {
    const arrival = performance.now();
    queue.noteArrival();
    let startedAt: number | undefined;
    const done = queue.run(async () => void (startedAt = performance.now()));
    await new Promise((resolve) => setImmediate(resolve));
    await vi.advanceTimersByTimeAsync(20_000);
    await done;
    return startedAt! - arrival;
  }

  it('waits for a pause in arrivals before starting a task, but not longer than maxWaitMs', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      const quiet = await waitAfterArrival(createWorkQueue({ concurrency: 1, quietMs: 30, maxWaitMs: 1000 }));
      expect(quiet).toBeGreaterThanOrEqual(30);
      expect(quiet).toBeLessThan(1000);
      const impatient = await waitAfterArrival(createWorkQueue({ concurrency: 1, quietMs: 10_000, maxWaitMs: 40 }));
      expect(impatient).toBeGreaterThanOrEqual(40);
      expect(impatient).toBeLessThan(10_000);
    } finally {
      vi.useRealTimers();
    }
  });
});
