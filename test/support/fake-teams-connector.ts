// A local stand-in for the Bot Connector service a Teams Activity's serviceUrl
// points at: it accepts replies and records them.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  readonly method: string;
  readonly path: string;
  // The Activity JSON the bot sent.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- arbitrary protocol JSON
  readonly body: any;
}

export interface FakeTeamsConnector {
  /** The serviceUrl to put in Activities. */
  readonly serviceUrl: string;
  readonly calls: ConnectorCall[];
  waitFor(predicate: (call: ConnectorCall) => boolean, timeoutMs?: number): Promise<ConnectorCall>;
  close(): Promise<void>;
}

/** Starts the fake connector on 127.0.0.1. */
export async function startFakeTeamsConnector(): Promise<FakeTeamsConnector> {
  const calls: ConnectorCall[] = [];
  let sequence = 0;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      calls.push({ method: request.method ?? '', path: request.url ?? '', body: text ? JSON.parse(text) : null });
      sequence += 1;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id: `reply-${sequence}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    calls,
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
