// A local stand-in for an OpenAI-compatible server: the chat-completions protocol
// as the openai SDK speaks it over HTTP (messages, tool calls, HTTP errors, hangs,
// malformed bodies, a minimal SSE stream), answered from a script or a policy, with
// every chat-completions request recorded. Tests and the eval point the SDK at it
// through baseURL. node:http only; binds 127.0.0.1 on a free port.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One chat-completions request as the server received it: the parsed JSON body (the raw text if it was not JSON), the headers and the request path. */
export interface RecordedRequest {
  // The SDK's request JSON, read by tests field by field.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- arbitrary protocol JSON
  readonly body: any;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly path: string;
}

/** How the server answers one chat-completions request. */
export type FakeReply =
  /** An assistant message with finish_reason 'stop'. */
  | { kind: 'message'; content: string }
  /** An assistant message with tool_calls (finish_reason 'tool_calls'); object arguments are sent as a JSON string, ids default to call_1, call_2, … */
  | { kind: 'tool_calls'; calls: { name: string; arguments: string | object; id?: string }[]; content?: string | null }
  /** An HTTP error with a JSON body ({ error: { message } } unless given; a string body is sent as is), e.g. 500, or 429 with retry-after. */
  | { kind: 'http_error'; status: number; body?: unknown; headers?: Record<string, string> }
  /** Waits ms milliseconds, then answers with `then`. */
  | { kind: 'delay'; ms: number; then: FakeReply }
  /** Accepts the request and never answers (the client times out; close() ends it). */
  | { kind: 'hang' }
  /** HTTP 200 with content-type application/json and a body that is not valid JSON (in a stream: one SSE data line with it). */
  | { kind: 'malformed'; raw: string };

/** Answers the chat-completions requests the script does not cover; index is the request's 0-based position in `requests`. */
export type FakePolicy = (request: RecordedRequest, index: number) => FakeReply | Promise<FakeReply>;

/** A running fake server. */
export interface FakeOpenAiServer {
  /** What OPENAI_BASE_URL (or the SDK's baseURL) is set to: http://127.0.0.1:PORT/v1. */
  readonly baseURL: string;
  /** Every chat-completions request received, in order (GET /models is not recorded); tests may empty it with `requests.length = 0`. */
  readonly requests: RecordedRequest[];
  /** Replaces the queue of scripted replies; they are consumed in order, one per chat-completions request, then the policy answers, else HTTP 500 naming the unexpected request. */
  script(replies: FakeReply[]): void;
  /** Sets (or, with null, removes) the policy that answers once the script is exhausted. */
  setPolicy(policy: FakePolicy | null): void;
  /** Stops the server, ending hanging and delayed requests and idle keep-alive connections; safe to call twice. */
  close(): Promise<void>;
}

const JSON_TYPE = 'application/json';

interface Completion {
  readonly id: string;
  readonly created: number;
  readonly model: string;
}

/** Starts a fake OpenAI-compatible server on 127.0.0.1 at a free port (POST /v1/chat/completions, POST /chat/completions, GET /v1/models). */
export async function startFakeOpenAiServer(options: { policy?: FakePolicy } = {}): Promise<FakeOpenAiServer> {
  let queue: FakeReply[] = [];
  let policy: FakePolicy | null = options.policy ?? null;
  let completionCount = 0;
  let callCount = 0;
  let closed = false;
  const requests: RecordedRequest[] = [];
  const waits = new Set<{ timer: NodeJS.Timeout; wake: () => void }>();

  // Resolves after ms, or at once when the server closes.
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          waits.delete(entry);
          resolve();
        }, ms),
        wake: resolve,
      };
      waits.add(entry);
    });

  const gone = (response: http.ServerResponse) => closed || response.destroyed || response.headersSent;

  const sendJson = (response: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    if (gone(response)) return;
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    response.writeHead(status, { 'content-type': JSON_TYPE, ...headers });
    response.end(text);
  };

  const nextCompletion = (model: string): Completion => {
    completionCount += 1;
    return { id: `chatcmpl-${completionCount}`, created: Math.floor(Date.now() / 1000), model };
  };

  const usage = { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 };

  const sendStream = (response: http.ServerResponse, head: Completion, message: { content: string | null; tool_calls?: { id: string; type: 'function'; function: { name: string; arguments: string } }[] }, finishReason: string, includeUsage: boolean) => {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    const chunk = (choices: unknown[], extra: Record<string, unknown> = {}) =>
      response.write(`data: ${JSON.stringify({ id: head.id, object: 'chat.completion.chunk', created: head.created, model: head.model, choices, ...extra })}\n\n`);
    const delta = (value: Record<string, unknown>, finish: string | null = null) => chunk([{ index: 0, delta: value, logprobs: null, finish_reason: finish }]);
    delta({ role: 'assistant', content: '', refusal: null });
    for (const piece of message.content?.match(/\S+\s*|\s+/g) ?? []) delta({ content: piece });
    (message.tool_calls ?? []).forEach((call, index) => {
      delta({ tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.function.name, arguments: '' } }] });
      delta({ tool_calls: [{ index, function: { arguments: call.function.arguments } }] });
    });
    delta({}, finishReason);
    if (includeUsage) chunk([], { usage });
    response.end('data: [DONE]\n\n');
  };

  const answer = async (response: http.ServerResponse, reply: FakeReply, model: string, stream: boolean, includeUsage: boolean): Promise<void> => {
    if (gone(response)) return;
    switch (reply.kind) {
      case 'delay':
        await sleep(reply.ms);
        return answer(response, reply.then, model, stream, includeUsage);
      case 'hang':
        return; // close() destroys the connection
      case 'malformed':
        if (stream) {
          response.writeHead(200, { 'content-type': 'text/event-stream' });
          response.end(`data: ${reply.raw}\n\n`);
          return;
        }
        response.writeHead(200, { 'content-type': JSON_TYPE });
        response.end(reply.raw);
        return;
      case 'http_error':
        sendJson(response, reply.status, reply.body ?? { error: { message: `fake server: HTTP ${reply.status}`, type: reply.status >= 500 ? 'server_error' : 'invalid_request_error', param: null, code: null } }, reply.headers);
        return;
      case 'message':
      case 'tool_calls': {
        const toolCalls =
          reply.kind === 'tool_calls'
            ? reply.calls.map((call) => {
                callCount += 1;
                return { id: call.id ?? `call_${callCount}`, type: 'function' as const, function: { name: call.name, arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments) } };
              })
            : undefined;
        const message = { role: 'assistant' as const, content: reply.kind === 'message' ? reply.content : (reply.content ?? null), refusal: null, annotations: [], ...(toolCalls ? { tool_calls: toolCalls } : {}) };
        const finishReason = reply.kind === 'message' ? 'stop' : 'tool_calls';
        const head = nextCompletion(model);
        if (stream) {
          sendStream(response, head, message, finishReason, includeUsage);
          return;
        }
        sendJson(response, 200, { id: head.id, object: 'chat.completion', created: head.created, model: head.model, choices: [{ index: 0, message, logprobs: null, finish_reason: finishReason }], usage, system_fingerprint: null });
        return;
      }
    }
  };

  // What the 500 for an unscripted request says, so a failing test names the request it did not expect.
  const unexpected = (recorded: RecordedRequest, index: number): FakeReply => {
    const body = recorded.body as { model?: unknown; messages?: { role?: unknown; content?: unknown }[] } | null;
    const last = Array.isArray(body?.messages) ? body.messages.at(-1) : undefined;
    const content = typeof last?.content === 'string' ? last.content : JSON.stringify(last?.content ?? null);
    const snippet = content.length > 200 ? `${content.slice(0, 200)}…` : content;
    return {
      kind: 'http_error',
      status: 500,
      // The SDK retries 5xx; this one is a test bug, so tell it not to.
      headers: { 'x-should-retry': 'false' },
      body: { error: { message: `fake OpenAI server: unexpected chat-completions request #${index + 1} (POST ${recorded.path}, model ${String(body?.model)}, ${body?.messages?.length ?? 0} messages, last ${String(last?.role)}: ${snippet}): the script is exhausted and no policy is set`, type: 'fake_server_unexpected_request', param: null, code: null } },
    };
  };

  const handle = async (request: http.IncomingMessage, response: http.ServerResponse, raw: string): Promise<void> => {
    const path = request.url ?? '/';
    const pathname = new URL(path, 'http://127.0.0.1').pathname.replace(/\/+$/, '');
    if (request.method === 'GET' && /^(\/v1)?\/models$/.test(pathname)) {
      sendJson(response, 200, { object: 'list', data: [{ id: 'fake-model', object: 'model', created: 0, owned_by: 'fake-openai-server' }] });
      return;
    }
    if (!/^(\/v1)?\/chat\/completions$/.test(pathname)) {
      sendJson(response, 404, { error: { message: `fake OpenAI server: no route ${request.method} ${path}`, type: 'invalid_request_error', param: null, code: 'not_found' } });
      return;
    }
    if (request.method !== 'POST') {
      sendJson(response, 405, { error: { message: `fake OpenAI server: ${request.method} ${path} is not allowed, use POST`, type: 'invalid_request_error', param: null, code: null } });
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      body = raw;
    }
    const recorded: RecordedRequest = { body, headers: { ...request.headers }, path };
    requests.push(recorded);
    const index = requests.length - 1;
    const scripted = queue.shift();
    const reply = scripted ?? (policy ? await policy(recorded, index) : unexpected(recorded, index));
    const fields = (typeof body === 'object' && body !== null ? body : {}) as { model?: unknown; stream?: unknown; stream_options?: { include_usage?: unknown } | null };
    await answer(response, reply, typeof fields.model === 'string' ? fields.model : 'fake-model', fields.stream === true, fields.stream_options?.include_usage === true);
  };

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      handle(request, response, Buffer.concat(chunks).toString('utf8')).catch((error: unknown) => {
        sendJson(response, 500, { error: { message: `fake OpenAI server: the policy or reply failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`, type: 'fake_server_error', param: null, code: null } }, { 'x-should-retry': 'false' });
      });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | null = null;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    script(replies) {
      queue = [...replies];
    },
    setPolicy(next) {
      policy = next;
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        closed = true;
        for (const wait of waits) {
          clearTimeout(wait.timer);
          wait.wake();
        }
        waits.clear();
        server.close(() => resolve());
        // Hanging and delayed requests, and idle keep-alive sockets.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
