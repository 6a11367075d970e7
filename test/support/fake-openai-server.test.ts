// The fake OpenAI-compatible server against the real openai SDK: what the SDK sends
// and what it makes of each scripted reply (messages, tool calls, errors and retries,
// hangs and timeouts, malformed bodies, streams), so tests built on the fake test the
// protocol the SDK really speaks.
import OpenAI, { type APIError } from 'openai';
import type { ChatCompletionMessageParam, ChatCompletionTool } from 'openai/resources/chat/completions';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeOpenAiServer, type FakeOpenAiServer, type FakeReply } from './fake-openai-server.js';

const USER: ChatCompletionMessageParam[] = [{ role: 'user', content: 'Hur stort är utfallet?' }];

const LOOKUP_TOOL: ChatCompletionTool = {
  type: 'function',
  function: {
    name: 'line_figures',
    description: 'Figures for one budget line.',
    parameters: { type: 'object', properties: { organisation: { type: 'string' }, line: { type: 'string' } }, required: ['organisation', 'line'] },
  },
};

let server: FakeOpenAiServer;

const clientFor = (options: { maxRetries?: number; timeout?: number } = {}) => new OpenAI({ baseURL: server.baseURL, apiKey: 'test', maxRetries: options.maxRetries ?? 0, timeout: options.timeout ?? 2000 });

const ask = (client: OpenAI, messages: ChatCompletionMessageParam[] = USER) => client.chat.completions.create({ model: 'fake-model', messages });

beforeEach(async () => {
  server = await startFakeOpenAiServer();
});

afterEach(async () => {
  await server.close();
});

describe('fake OpenAI server', () => {
  it('returns a scripted message and records the request', async () => {
    server.script([{ kind: 'message', content: 'Utfallet är 70 328 tkr.' }]);
    const completion = await ask(clientFor());
    expect(completion).toMatchObject({ id: 'chatcmpl-1', object: 'chat.completion', model: 'fake-model', usage: { total_tokens: 2 } });
    expect(completion.choices[0]).toMatchObject({ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: 'Utfallet är 70 328 tkr.' } });
    expect(completion.choices[0]!.message.tool_calls).toBeUndefined();
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request!.path).toBe('/v1/chat/completions');
    expect(request!.body).toEqual({ model: 'fake-model', messages: USER });
    expect(request!.headers['authorization']).toBe('Bearer test');
    expect(request!.headers['content-type']).toBe('application/json');
  });

  it('lists one model and answers chat completions without the /v1 prefix, as JSON', async () => {
    const models = await clientFor().models.list();
    expect(models.data.map((model) => model.id)).toEqual(['fake-model']);
    expect(server.requests).toHaveLength(0);

    server.script([{ kind: 'message', content: 'utan prefix' }]);
    const response = await fetch(`${server.baseURL.replace(/\/v1$/, '')}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'm', messages: USER }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(((await response.json()) as { choices: { message: { content: string } }[] }).choices[0]!.message.content).toBe('utan prefix');
    expect(server.requests[0]!.path).toBe('/chat/completions');

    const missing = await fetch(`${server.baseURL}/embeddings`, { method: 'POST', body: '{}' });
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/json');
  });

  it('carries a tool call round trip: tool_calls, then the tool message, then the final message', async () => {
    server.script([
      { kind: 'tool_calls', calls: [{ name: 'line_figures', arguments: { organisation: 'Kommunstyrelsen', line: 'Personal' } }, { name: 'line_figures', arguments: '{"organisation":"Kommunstyrelsen","line":"Lokaler"}', id: 'call_custom' }] },
      { kind: 'message', content: 'Personalkostnaderna är 70 328 tkr.' },
    ]);
    const client = clientFor();
    const messages: ChatCompletionMessageParam[] = [...USER];
    const first = await client.chat.completions.create({ model: 'fake-model', messages, tools: [LOOKUP_TOOL], tool_choice: 'auto' });
    const choice = first.choices[0]!;
    expect(choice.finish_reason).toBe('tool_calls');
    expect(choice.message.content).toBeNull();
    expect(choice.message.tool_calls).toEqual([
      { id: 'call_1', type: 'function', function: { name: 'line_figures', arguments: '{"organisation":"Kommunstyrelsen","line":"Personal"}' } },
      { id: 'call_custom', type: 'function', function: { name: 'line_figures', arguments: '{"organisation":"Kommunstyrelsen","line":"Lokaler"}' } },
    ]);

    messages.push(choice.message);
    for (const call of choice.message.tool_calls ?? []) messages.push({ role: 'tool', tool_call_id: call.id, content: '{"utfall":70328}' });
    const final = await client.chat.completions.create({ model: 'fake-model', messages, tools: [LOOKUP_TOOL], tool_choice: 'auto', response_format: { type: 'json_object' } });
    expect(final.choices[0]!.message.content).toBe('Personalkostnaderna är 70 328 tkr.');
    expect(final.id).toBe('chatcmpl-2');

    expect(server.requests).toHaveLength(2);
    expect(server.requests[0]!.body.tools).toEqual([LOOKUP_TOOL]);
    expect(server.requests[0]!.body.tool_choice).toBe('auto');
    const sent = server.requests[1]!.body.messages;
    expect(sent).toHaveLength(4);
    // The SDK sends the assistant message back as given, extra response fields (refusal, annotations) included.
    expect(sent[1]).toMatchObject({ role: 'assistant', content: null, tool_calls: choice.message.tool_calls });
    expect(sent[2]).toEqual({ role: 'tool', tool_call_id: 'call_1', content: '{"utfall":70328}' });
    expect(sent[3]).toEqual({ role: 'tool', tool_call_id: 'call_custom', content: '{"utfall":70328}' });
    expect(server.requests[1]!.body.response_format).toEqual({ type: 'json_object' });
  });

  it('surfaces http_error 500 as InternalServerError, and the SDK retries it when maxRetries > 0', async () => {
    server.script([{ kind: 'http_error', status: 500, body: { error: { message: 'boom' } } }]);
    const error = await ask(clientFor()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.InternalServerError);
    expect((error as APIError).status).toBe(500);
    expect((error as Error).message).toBe('500 boom');
    expect(server.requests).toHaveLength(1);

    // Without retry-after the SDK backs off about 0.4–0.5 s before its first retry.
    server.requests.length = 0;
    server.script([{ kind: 'http_error', status: 500 }, { kind: 'message', content: 'andra försöket' }]);
    const completion = await ask(clientFor({ maxRetries: 1 }));
    expect(completion.choices[0]!.message.content).toBe('andra försöket');
    expect(server.requests.map((request) => request.headers['x-stainless-retry-count'])).toEqual(['0', '1']);

    server.requests.length = 0;
    server.script([
      { kind: 'http_error', status: 500, headers: { 'retry-after-ms': '0' } },
      { kind: 'http_error', status: 500, body: { error: { message: 'still down' } } },
    ]);
    await expect(ask(clientFor({ maxRetries: 1 }))).rejects.toThrow(OpenAI.InternalServerError);
    expect(server.requests).toHaveLength(2);
  });

  it('has the SDK retry a 429 with retry-after when maxRetries > 0, and surface RateLimitError otherwise', async () => {
    const limited: FakeReply = { kind: 'http_error', status: 429, headers: { 'retry-after': '0' }, body: { error: { message: 'slow down', type: 'rate_limit_exceeded' } } };
    server.script([limited, { kind: 'message', content: 'efter väntan' }]);
    const completion = await ask(clientFor({ maxRetries: 2 }));
    expect(completion.choices[0]!.message.content).toBe('efter väntan');
    expect(server.requests).toHaveLength(2);

    server.requests.length = 0;
    server.script([limited]);
    const error = await ask(clientFor()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect((error as APIError).headers?.get('retry-after')).toBe('0');
    expect((error as APIError).type).toBe('rate_limit_exceeded');
    expect(server.requests).toHaveLength(1);
  });

  it('hangs until the SDK times out with APIConnectionTimeoutError', async () => {
    server.script([{ kind: 'hang' }]);
    const started = Date.now();
    const error = await ask(clientFor({ timeout: 300 })).catch((caught: unknown) => caught);
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
    // Not before the timeout; that it ended at all, and as a timeout, the error's type shows.
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(server.requests).toHaveLength(1);
  });

  it('delays a reply: within the timeout it arrives, beyond it the SDK times out', async () => {
    server.script([{ kind: 'delay', ms: 50, then: { kind: 'message', content: 'lite senare' } }, { kind: 'delay', ms: 1000, then: { kind: 'message', content: 'för sent' } }]);
    expect((await ask(clientFor({ timeout: 500 }))).choices[0]!.message.content).toBe('lite senare');
    await expect(ask(clientFor({ timeout: 300 }))).rejects.toThrow(OpenAI.APIConnectionTimeoutError);
  });

  it('sends a malformed body that the SDK fails to parse (a plain SyntaxError, not an OpenAIError, never retried)', async () => {
    server.script([{ kind: 'malformed', raw: '{"id": "chatcmpl-x", "choices": [' }]);
    const error = await ask(clientFor({ maxRetries: 2 })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SyntaxError);
    expect(error).not.toBeInstanceOf(OpenAI.OpenAIError);
    expect(server.requests).toHaveLength(1);
  });

  it('lets the policy answer once the script is exhausted', async () => {
    server.script([{ kind: 'message', content: 'från skriptet' }]);
    const seen: number[] = [];
    server.setPolicy((request, index) => {
      seen.push(index);
      return { kind: 'message', content: `policy ${index}: ${request.body.messages.at(-1).content}` };
    });
    const client = clientFor();
    expect((await ask(client)).choices[0]!.message.content).toBe('från skriptet');
    expect((await ask(client, [{ role: 'user', content: 'igen' }])).choices[0]!.message.content).toBe('policy 1: igen');
    expect(seen).toEqual([1]);

    server.setPolicy(() => Promise.resolve({ kind: 'tool_calls', calls: [{ name: 'line_figures', arguments: {} }] }));
    expect((await ask(client)).choices[0]!.message.tool_calls?.[0]?.id).toBe('call_1');
  });

  it('takes a policy at start, and without script or policy answers a non-retryable 500 naming the request', async () => {
    const withPolicy = await startFakeOpenAiServer({ policy: () => ({ kind: 'message', content: 'standard' }) });
    try {
      const client = new OpenAI({ baseURL: withPolicy.baseURL, apiKey: 'test', maxRetries: 0, timeout: 1000 });
      expect((await ask(client)).choices[0]!.message.content).toBe('standard');
    } finally {
      await withPolicy.close();
    }

    const error = await ask(clientFor({ maxRetries: 2 }), [{ role: 'user', content: 'oväntad fråga' }]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.InternalServerError);
    expect((error as Error).message).toMatch(/unexpected chat-completions request #1 .*model fake-model.*last user: oväntad fråga/);
    expect(server.requests).toHaveLength(1);
  });

  it('streams a message as SSE chunks ending in [DONE]', async () => {
    server.script([{ kind: 'message', content: 'Utfallet är 70 328 tkr.' }]);
    const stream = await clientFor().chat.completions.create({ model: 'fake-model', messages: USER, stream: true, stream_options: { include_usage: true } });
    let text = '';
    const finishes: (string | null)[] = [];
    let usage: OpenAI.CompletionUsage | null | undefined;
    for await (const chunk of stream) {
      expect(chunk.object).toBe('chat.completion.chunk');
      for (const choice of chunk.choices) {
        text += choice.delta.content ?? '';
        finishes.push(choice.finish_reason);
      }
      usage ??= chunk.usage;
    }
    expect(text).toBe('Utfallet är 70 328 tkr.');
    expect(finishes.at(-1)).toBe('stop');
    expect(usage?.total_tokens).toBe(2);
    expect(server.requests[0]!.body.stream).toBe(true);
  });

  it('streams tool calls that the SDK stream helper assembles', async () => {
    server.script([{ kind: 'tool_calls', calls: [{ name: 'line_figures', arguments: { organisation: 'KS', line: 'Personal' } }] }]);
    const stream = clientFor().chat.completions.stream({ model: 'fake-model', messages: USER, tools: [LOOKUP_TOOL] });
    const completion = await stream.finalChatCompletion();
    expect(completion.choices[0]!.finish_reason).toBe('tool_calls');
    expect(completion.choices[0]!.message.tool_calls).toEqual([{ id: 'call_1', type: 'function', function: { name: 'line_figures', arguments: '{"organisation":"KS","line":"Personal"}' } }]);
  });

  it('closes promptly while a request hangs, failing that request with a connection error', async () => {
    server.script([{ kind: 'hang' }]);
    const pending = ask(clientFor({ timeout: 5000 })).catch((caught: unknown) => caught);
    await expect.poll(() => server.requests.length, { timeout: 1000, interval: 10 }).toBe(1);
    await server.close();
    // Ended by the close, not by the client's 5 s timeout: a connection error that is no timeout.
    const error = await pending;
    expect(error).toBeInstanceOf(OpenAI.APIConnectionError);
    expect(error).not.toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
    await server.close(); // a second close (afterEach) is harmless
  });
});
