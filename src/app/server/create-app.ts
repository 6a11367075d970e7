// The one HTTP application: health, the web chat, and every chat channel whose
// configuration is present. Channels arrive as routers; the app only mounts them.
import express from 'express';
import type { Logger } from '../../platform/create-logger.js';
import { ServiceBusyError } from '../../core/access/service-busy.js';
import { isStoreBusy } from '../../adapters/prisma/store-busy.js';

export interface AppParts {
  readonly logger: Logger;
  /** Routers mounted in order: channels first (they read their own raw bodies), the web chat last. */
  readonly routers: readonly express.Router[];
  readonly health: () => Promise<Record<string, unknown>>;
  /** Bounds the answering requests held at once (POST /api/web/ask); none when absent. */
  readonly admission?: express.RequestHandler;
}

/** The express application. */
export function createApp(parts: AppParts): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_request, response, next) => {
    parts.health().then((details) => response.json({ status: 'ok', ...details }), next);
  });
  if (parts.admission) app.post('/api/web/ask', parts.admission);
  for (const router of parts.routers) app.use(router);
  app.use((_request: express.Request, response: express.Response) => response.status(404).json({ error: 'not_found' }));
  // One error handler: a short message and a reference, never a stack trace.
  // Express tells error handlers by their four parameters, so `_next` must stay.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  app.use((error: unknown, _request: express.Request, response: express.Response, _next: express.NextFunction) => {
    // A body that is not JSON, or too large, is the caller's mistake: say so, specifically.
    const status = (error as { status?: number; type?: string }).status;
    if (status === 400 || status === 413 || status === 415) {
      response.status(status).json({ error: status === 413 ? 'the request body is too large' : status === 415 ? 'unsupported content type' : 'the request body is not valid JSON' });
      return;
    }
    // A store held by an import, or no room to answer: when to try again, not an error.
    if (error instanceof ServiceBusyError || isStoreBusy(error)) {
      const retryAfter = error instanceof ServiceBusyError ? error.retryAfterSeconds : 30;
      response.status(error instanceof ServiceBusyError && error.reason === 'rate_limited' ? 429 : 503).set('Retry-After', String(retryAfter)).json({ error: `Utfall är upptaget just nu (${error instanceof ServiceBusyError && error.reason !== 'store_busy' ? 'många frågor' : 'nya siffror läses in'}). Försök igen om ${retryAfter} s.`, retryAfterSeconds: retryAfter });
      return;
    }
    const reference = Math.random().toString(36).slice(2, 10);
    parts.logger.error({ err: error, reference }, 'request failed');
    if (!response.headersSent) response.status(500).json({ error: `Något gick fel (referens ${reference}).`, reference });
  });
  return app;
}
