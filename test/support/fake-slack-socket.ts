// A local stand-in for Slack's Socket Mode endpoint: the URL apps.connections.open
// hands out (startFakeSlackApi({ socketUrl })). On connection it says hello, as Slack
// does; a test then sends envelopes (events_api, slash_commands, interactive) and
// reads the app's acknowledgements.
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface SocketAck {
  readonly envelopeId: string;
  readonly payload: unknown;
  readonly receivedAt: number;
}

export interface FakeSlackSocket {
  /** The ws:// URL to hand out. */
  readonly url: string;
  readonly acks: SocketAck[];
  /** Resolves once an app is connected and has been greeted. */
  connected(timeoutMs?: number): Promise<void>;
  /** Sends an envelope of `type` with `payload`; returns its envelope_id. */
  send(type: 'events_api' | 'slash_commands' | 'interactive', payload: Record<string, unknown>, options?: { retryAttempt?: number }): string;
  waitForAck(envelopeId: string, timeoutMs?: number): Promise<SocketAck>;
  close(): Promise<void>;
}

async function poll<T>(find: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export async function startFakeSlackSocket(): Promise<FakeSlackSocket> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const acks: SocketAck[] = [];
  let socket: WebSocket | undefined;
  let envelopes = 0;
  server.on('connection', (connection) => {
    socket = connection;
    connection.on('message', (data) => {
      const message = JSON.parse(data.toString()) as { envelope_id?: string; payload?: unknown };
      if (message.envelope_id) acks.push({ envelopeId: message.envelope_id, payload: message.payload, receivedAt: Date.now() });
    });
    connection.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake', approximate_connection_time: 3600 }, connection_info: { app_id: 'A0UTFALL' } }));
  });
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`,
    acks,
    async connected(timeoutMs = 10_000) {
      await poll(() => socket, timeoutMs, 'a Socket Mode connection');
    },
    send(type, payload, options = {}) {
      envelopes += 1;
      const envelopeId = `envelope-${envelopes}`;
      socket!.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api', retry_attempt: options.retryAttempt ?? 0, retry_reason: options.retryAttempt ? 'timeout' : '' }));
      return envelopeId;
    },
    waitForAck: (envelopeId, timeoutMs = 5000) => poll(() => acks.find((ack) => ack.envelopeId === envelopeId), timeoutMs, `the acknowledgement of ${envelopeId}`),
    async close() {
      for (const client of server.clients) client.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
