// A bound on the answering requests the server holds at once, checked before anything
// else is done for a request: beyond it, 503 with Retry-After at once, without reading
// who asks or touching the store. Behind it the answering pool has its own bound; this
// one keeps a flood from queueing for the server's thread (parsing, looking the asker
// up) only to be refused there seconds later.
import type { RequestHandler } from 'express';

export interface AdmissionOptions {
  /** Requests held at once; more are refused. */
  readonly maxInFlight: number;
  readonly retryAfterSeconds: number;
}

/** Middleware counting the requests it lets through until they are answered. */
export function createAdmissionMiddleware(options: AdmissionOptions): RequestHandler & { readonly inFlight: () => number } {
  let inFlight = 0;
  const middleware: RequestHandler = (_request, response, next) => {
    if (inFlight >= options.maxInFlight) {
      response.status(503).set('Retry-After', String(options.retryAfterSeconds)).json({ error: `Utfall har många frågor att svara på just nu. Försök igen om ${options.retryAfterSeconds} s.`, retryAfterSeconds: options.retryAfterSeconds });
      return;
    }
    inFlight += 1;
    let done = false;
    const release = () => {
      if (done) return;
      done = true;
      inFlight -= 1;
    };
    response.once('finish', release);
    response.once('close', release);
    next();
  };
  return Object.assign(middleware, { inFlight: () => inFlight });
}
