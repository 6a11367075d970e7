// The work queue paces tasks: a few at a time, giving way to arriving requests.
import { describe, expect, it } from 'vitest';
import { createWorkQueue } from '../../../src/channels/slack/work-queue.js';

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

  it('waits for a pause in arrivals before starting a task, but not longer than maxWaitMs', async () => {
    const queue = createWorkQueue({ concurrency: 1, quietMs: 30, maxWaitMs: 1000 });
    queue.noteArrival();
    const started = Date.now();
    await queue.run(async () => undefined);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);

    const impatient = createWorkQueue({ concurrency: 1, quietMs: 10_000, maxWaitMs: 40 });
    impatient.noteArrival();
    const begun = Date.now();
    await impatient.run(async () => undefined);
    expect(Date.now() - begun).toBeLessThan(1000);
  });
});
