// Composition root of an answering worker thread: its own store connection and
// question engine (with the model layer when configured), answering the questions the
// server's pool sends it one message at a time. The configuration comes from the server
// that started it, never from the environment again.
import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../../config/load-config.js';
import { createLogger } from '../../../platform/create-logger.js';
import { createAskService } from '../../../core/answering/ask-service.js';
import { buildServices } from '../../services/build-services.js';
import type { WorkerReply, WorkerRequest } from './worker-messages.js';

const { config } = workerData as { config: Config };
const logger = createLogger(config.logLevel).child({ thread: 'answering' });
// The services as the server builds them (its store is already prepared): a reading of
// the store version is trusted for a second, and the engine answers here, in this thread.
const services = await buildServices(config, logger, { versionCheckIntervalMs: 1_000 });
const { figures, ask } = services;
const port = parentPort!;

// Warm before saying ready: the catalogue read and indexed, the lexicons compiled, the
// code compiled, so the first real question is as fast as the rest. Offline only: a
// model is not asked at start.
async function warmUp(): Promise<void> {
  const [organisation] = await figures.listOrganisations();
  if (organisation) await createAskService(figures).ask({ text: 'Hur går det?', home: organisation });
}

port.on('message', (request: WorkerRequest) => {
  ask.ask(request.question).then(
    (answer) => port.postMessage({ id: request.id, answer } satisfies WorkerReply),
    (error: unknown) => {
      logger.error({ err: error }, 'answering failed');
      port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply);
    },
  );
});
warmUp().then(
  () => port.postMessage({ ready: true } satisfies WorkerReply),
  (error: unknown) => {
    // A store that cannot be read now is read with the first question; the worker is ready all the same.
    logger.warn({ err: error }, 'answering worker could not warm up');
    port.postMessage({ ready: true } satisfies WorkerReply);
  },
);
