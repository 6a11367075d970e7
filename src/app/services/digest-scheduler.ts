// The scheduler inside the server: every interval it asks the deliverer for the
// digests that are due. Runs never overlap; the claims in the database, not this
// timer, make sure each digest goes out once across restarts and instances.
import type { Logger } from 'pino';
import type { DigestDeliverer } from '../../core/digests/digest-deliverer.js';

export interface DigestScheduler {
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

export function startDigestScheduler(deliverer: DigestDeliverer, options: { intervalMs: number; logger: Logger }): DigestScheduler {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = deliverer
      .runDue()
      .then((reports) => {
        const done = reports.filter((report) => report.result !== 'skipped');
        if (done.length > 0) options.logger.info({ reports: done }, 'digest run');
      })
      .catch((error: unknown) => options.logger.error({ err: error }, 'digest run failed'))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  // A first look at once, so a restart after the scheduled time still delivers this week.
  setImmediate(tick);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
