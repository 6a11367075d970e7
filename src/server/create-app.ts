// The one HTTP application: health, the web chat, and every chat channel whose
// configuration is present. Channels arrive as routers; the app only mounts them.
import express from 'express';
import type { Logger } from '../logging/create-logger.js';

export interface AppParts {
  readonly logger: Logger;
  /** Routers mounted in order: channels first (they read their own raw bodies), the web chat last. */
  readonly routers: readonly express.Router[];
  readonly health: () => Promise<Record<string, unknown>>;
}

/** The express application. */
export function createApp(parts: AppParts): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_request, response, next) => {
    parts.health().then((details) => response.json({ status: 'ok', ...details }), next);
  });
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
    const reference = Math.random().toString(36).slice(2, 10);
    parts.logger.error({ err: error, reference }, 'request failed');
    if (!response.headersSent) response.status(500).json({ error: `Något gick fel (referens ${reference}).`, reference });
  });
  return app;
}
