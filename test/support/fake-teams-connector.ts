// A local stand-in for the Bot Connector service a Teams Activity's serviceUrl
// points at: it accepts replies and records them. Tests can script its answers
// (a 429 with Retry-After, a 404 for a conversation that is gone) to exercise
// how the bot copes with the connector's failures.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  readonly method: string;
  readonly path: string;
  /** Request headers, lower-case names (authorization shows whether the bot sent a token). */
  readonly headers: http.IncomingHttpHeaders;
  // The Activity JSON the bot sent.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- arbitrary protocol JSON
  readonly body: any;
  /** The status the fake answered with. */
  readonly status: number;
}

/** A scripted answer: status, extra headers and a JSON body (default: `{ id: "reply-<n>" }` for 2xx). */
export interface ConnectorResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

/** Decides the answer to a call; undefined falls back to the queue, then to 200. */
export type ConnectorResponder = (call: Omit<ConnectorCall, 'status'>) => ConnectorResponse | undefined;

export interface FakeTeamsConnector {
  /** The serviceUrl to put in Activities. */
  readonly serviceUrl: string;
  readonly calls: ConnectorCall[];
  /** Answers the next calls with these responses, one each, in order; later calls get 200. */
  enqueue(...responses: ConnectorResponse[]): void;
  /** Answers every call the responder has an answer for (until reset); it is asked before the queue. */
  respondWith(responder: ConnectorResponder | null): void;
  /** Forgets calls, queued responses and the responder, and numbers replies from 1 again. */
  reset(): void;
  waitFor(predicate: (call: ConnectorCall) => boolean, timeoutMs?: number): Promise<ConnectorCall>;
  close(): Promise<void>;
}

/** Starts the fake connector on 127.0.0.1. */
export async function startFakeTeamsConnector(): Promise<FakeTeamsConnector> {
  const calls: ConnectorCall[] = [];
  const queue: ConnectorResponse[] = [];
  let responder: ConnectorResponder | null = null;
  let sequence = 0;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const call = { method: request.method ?? '', path: request.url ?? '', headers: request.headers, body: text ? JSON.parse(text) : null };
      const scripted = responder?.(call) ?? queue.shift();
      const status = scripted?.status ?? 200;
      sequence += 1;
      calls.push({ ...call, status });
      const body = scripted?.body !== undefined ? scripted.body : status < 300 ? { id: `reply-${sequence}` } : { error: { code: 'ScriptedFailure', message: `status ${status}` } };
      response.writeHead(status, { 'content-type': 'application/json', ...scripted?.headers });
      response.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    calls,
    enqueue(...responses) {
      queue.push(...responses);
    },
    respondWith(next) {
      responder = next;
    },
    reset() {
      calls.length = 0;
      queue.length = 0;
      responder = null;
      sequence = 0;
    },
    async waitFor(predicate, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = calls.find(predicate);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no connector call matched within ${timeoutMs} ms; calls: ${JSON.stringify(calls.map((call) => [call.method, call.path, call.body?.type, call.body?.text]))}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
