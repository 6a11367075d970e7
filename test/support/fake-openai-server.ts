// A local stand-in for an OpenAI-compatible server: the real chat-completions
// protocol over HTTP (tool calls, errors, hangs, malformed bodies), answered from a
// script or a policy, with every request recorded. Tests and the eval point the
// openai SDK at it through baseURL.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the server received it. */
export interface RecordedRequest {
  // The SDK's request JSON, read by tests field by field.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- arbitrary protocol JSON
  readonly body: any;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly path: string;
}

/** One scripted reply. */
export type FakeReply =
  | { kind: 'message'; content: string }
  | { kind: 'tool_calls'; calls: { name: string; arguments: string | object; id?: string }[]; content?: string | null }
  | { kind: 'http_error'; status: number; body?: unknown; headers?: Record<string, string> }
  | { kind: 'delay'; ms: number; then: FakeReply }
  | { kind: 'hang' }
  | { kind: 'malformed'; raw: string };

/** Answers requests the script does not cover. */
export type FakePolicy = (request: RecordedRequest, index: number) => FakeReply | Promise<FakeReply>;

export interface FakeOpenAiServer {
  /** What OPENAI_BASE_URL is set to, e.g. http://127.0.0.1:PORT/v1. */
  readonly baseURL: string;
  readonly requests: RecordedRequest[];
  /** Replies consumed in order, one per chat-completions request. */
  script(replies: FakeReply[]): void;
  setPolicy(policy: FakePolicy | null): void;
  /** Stops the server, ending hanging requests. */
  close(): Promise<void>;
}

let sequence = 0;

function completion(model: string, message: Record<string, unknown>, finishReason: string) {
  sequence += 1;
  return { id: `chatcmpl-${sequence}`, object: 'chat.completion', created: Math.floor(Date.now() / 1000), model, choices: [{ index: 0, message, finish_reason: finishReason, logprobs: null }], usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } };
}

/** Starts a fake server on 127.0.0.1 at a free port. */
export async function startFakeOpenAiServer(options: { policy?: FakePolicy } = {}): Promise<FakeOpenAiServer> {
  let queue: FakeReply[] = [];
  let policy: FakePolicy | null = options.policy ?? null;
  const requests: RecordedRequest[] = [];
  const hanging = new Set<http.ServerResponse>();

  const send = async (response: http.ServerResponse, reply: FakeReply, model: string, stream: boolean): Promise<void> => {
    if (reply.kind === 'delay') {
      await new Promise((resolve) => setTimeout(resolve, reply.ms));
      return send(response, reply.then, model, stream);
    }
    if (reply.kind === 'hang') {
      hanging.add(response);
      response.on('close', () => hanging.delete(response));
      return;
    }
    if (reply.kind === 'malformed') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(reply.raw);
      return;
    }
    if (reply.kind === 'http_error') {
      response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      response.end(JSON.stringify(reply.body ?? { error: { message: `fake error ${reply.status}`, type: 'fake' } }));
      return;
    }
    const message =
      reply.kind === 'message'
        ? { role: 'assistant', content: reply.content, refusal: null }
        : {
            role: 'assistant',
            content: reply.content ?? null,
            refusal: null,
            tool_calls: reply.calls.map((call, index) => ({ id: call.id ?? `call_${sequence + 1}_${index}`, type: 'function', function: { name: call.name, arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments) } })),
          };
    const body = completion(model, message, reply.kind === 'message' ? 'stop' : 'tool_calls');
    if (stream) {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      const chunk = { ...body, object: 'chat.completion.chunk', choices: [{ index: 0, delta: message, finish_reason: null }] };
      response.write(`data: ${JSON.stringify(chunk)}\n\n`);
      response.write(`data: ${JSON.stringify({ ...chunk, choices: [{ index: 0, delta: {}, finish_reason: body.choices[0]!.finish_reason }] })}\n\n`);
      response.end('data: [DONE]\n\n');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      void (async () => {
        const path = request.url ?? '';
        if (request.method === 'GET' && /\/models$/.test(path)) {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ object: 'list', data: [{ id: 'fake-model', object: 'model', created: 0, owned_by: 'utfall-tests' }] }));
          return;
        }
        if (request.method !== 'POST' || !/\/chat\/completions$/.test(path)) {
          response.writeHead(404, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ error: { message: `no route ${request.method} ${path}` } }));
          return;
        }
        let body: unknown = null;
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          body = Buffer.concat(chunks).toString('utf8');
        }
        const recorded: RecordedRequest = { body, headers: request.headers, path };
        requests.push(recorded);
        const index = requests.length - 1;
        const scripted = queue.shift();
        const reply = scripted ?? (policy ? await policy(recorded, index) : { kind: 'http_error' as const, status: 500, body: { error: { message: `fake server: no scripted reply for request ${index + 1}` } } });
        const { model, stream } = (body ?? {}) as { model?: string; stream?: boolean };
        await send(response, reply, model ?? 'fake-model', stream === true);
      })().catch((error: unknown) => {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: { message: String(error) } }));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    script(replies) {
      queue = [...replies];
    },
    setPolicy(next) {
      policy = next;
    },
    async close() {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
