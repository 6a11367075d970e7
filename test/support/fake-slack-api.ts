// A local stand-in for the Slack Web API (SLACK_API_URL points the channel here) and
// for response_url endpoints. It records every call with its parsed body, answers
// like Slack ({ok: true, ts, channel, …}), and, like Slack, refuses a payload whose
// blocks break a Block Kit limit with invalid_blocks (recorded in `violations`).
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseQuery } from 'node:querystring';

export interface SlackApiCall {
  /** The Web API method ("chat.postMessage"), or "response_url" for a POST to a response URL. */
  readonly method: string;
  readonly path: string;
  // The parsed form or JSON body.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- arbitrary protocol JSON
  readonly body: any;
  /** Block Kit limits the payload breaks; Slack would have answered invalid_blocks. */
  readonly violations: readonly string[];
  /** What the fake answered. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- arbitrary protocol JSON
  readonly response: any;
}

export interface FakeSlackApi {
  /** The Web API base URL, ending with /api/. */
  readonly url: string;
  readonly calls: SlackApiCall[];
  /** A response_url on this fake; calls to it are recorded as method "response_url". */
  responseUrl(name?: string): string;
  waitFor(predicate: (call: SlackApiCall) => boolean, timeoutMs?: number): Promise<SlackApiCall>;
  close(): Promise<void>;
}

/** The bot the fake's auth.test reports. */
export const FAKE_BOT = { userId: 'U0UTFALL', botId: 'B0UTFALL', teamId: 'T0UTFALL' } as const;

const LIMITS = { messageBlocks: 50, viewBlocks: 100, text: 3000, fields: 10, fieldText: 2000, contextElements: 10, actionsElements: 25, buttonText: 75, actionId: 255, blockId: 255, value: 2000, header: 150, label: 2000, input: 3000, viewTitle: 24, privateMetadata: 3000, messageText: 40_000 };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function checkText(value: unknown, where: string, limit: number, violations: string[], kinds: readonly string[] = ['plain_text', 'mrkdwn']): void {
  if (!isObject(value) || typeof value.text !== 'string' || !kinds.includes(String(value.type))) return void violations.push(`${where}: not a ${kinds.join('/')} text object`);
  if (value.text.length === 0) violations.push(`${where}: empty text`);
  if (value.text.length > limit) violations.push(`${where}: ${value.text.length} characters, more than ${limit}`);
}

function checkElement(element: unknown, where: string, actionIds: Set<string>, violations: string[]): void {
  if (!isObject(element)) return void violations.push(`${where}: not an object`);
  if (typeof element.action_id === 'string') {
    if (element.action_id.length > LIMITS.actionId) violations.push(`${where}.action_id longer than ${LIMITS.actionId}`);
    // Slack wants action ids unique within their block.
    if (actionIds.has(element.action_id)) violations.push(`${where}.action_id ${element.action_id} is not unique in its block`);
    actionIds.add(element.action_id);
  }
  if (element.type === 'button') {
    checkText(element.text, `${where}.text`, LIMITS.buttonText, violations, ['plain_text']);
    if (typeof element.value === 'string' && element.value.length > LIMITS.value) violations.push(`${where}.value longer than ${LIMITS.value}`);
    if (element.style !== undefined && element.style !== 'primary' && element.style !== 'danger') violations.push(`${where}.style is not primary or danger`);
  } else if (element.type === 'plain_text_input') {
    const max = typeof element.max_length === 'number' ? element.max_length : LIMITS.input;
    if (max > LIMITS.input) violations.push(`${where}.max_length above ${LIMITS.input}`);
    if (typeof element.initial_value === 'string' && element.initial_value.length > max) violations.push(`${where}.initial_value longer than max_length ${max}`);
  } else {
    violations.push(`${where}: element type ${String(element.type)} is not one Utfall uses`);
  }
}

/** Every Block Kit limit `blocks` break, for a message or a view. */
export function blockKitViolations(blocks: unknown, surface: 'message' | 'view'): string[] {
  const violations: string[] = [];
  if (!Array.isArray(blocks)) return ['blocks is not an array'];
  const maximum = surface === 'message' ? LIMITS.messageBlocks : LIMITS.viewBlocks;
  if (blocks.length > maximum) violations.push(`${blocks.length} blocks, more than ${maximum}`);
  const blockIds = new Set<string>();
  blocks.forEach((block: unknown, index) => {
    const where = `blocks[${index}]`;
    const actionIds = new Set<string>();
    if (!isObject(block)) return void violations.push(`${where}: not an object`);
    if (typeof block.block_id === 'string') {
      if (block.block_id.length > LIMITS.blockId || blockIds.has(block.block_id)) violations.push(`${where}.block_id too long or not unique`);
      blockIds.add(block.block_id);
    }
    switch (block.type) {
      case 'section':
        if (block.text === undefined && block.fields === undefined) violations.push(`${where}: a section needs text or fields`);
        if (block.text !== undefined) checkText(block.text, `${where}.text`, LIMITS.text, violations);
        if (Array.isArray(block.fields)) {
          if (block.fields.length > LIMITS.fields) violations.push(`${where}: more than ${LIMITS.fields} fields`);
          block.fields.forEach((field: unknown, fieldIndex) => checkText(field, `${where}.fields[${fieldIndex}]`, LIMITS.fieldText, violations));
        }
        if (block.accessory !== undefined) checkElement(block.accessory, `${where}.accessory`, actionIds, violations);
        break;
      case 'context':
        if (!Array.isArray(block.elements) || block.elements.length === 0 || block.elements.length > LIMITS.contextElements) violations.push(`${where}: 1 to ${LIMITS.contextElements} elements`);
        else block.elements.forEach((element: unknown, elementIndex) => checkText(element, `${where}.elements[${elementIndex}]`, LIMITS.text, violations));
        break;
      case 'actions':
        if (!Array.isArray(block.elements) || block.elements.length === 0 || block.elements.length > LIMITS.actionsElements) violations.push(`${where}: 1 to ${LIMITS.actionsElements} elements`);
        else block.elements.forEach((element: unknown, elementIndex) => checkElement(element, `${where}.elements[${elementIndex}]`, actionIds, violations));
        break;
      case 'header':
        checkText(block.text, `${where}.text`, LIMITS.header, violations, ['plain_text']);
        break;
      case 'input':
        if (surface !== 'view') violations.push(`${where}: input blocks belong in views`);
        checkText(block.label, `${where}.label`, LIMITS.label, violations, ['plain_text']);
        checkElement(block.element, `${where}.element`, actionIds, violations);
        break;
      case 'divider':
        break;
      default:
        violations.push(`${where}: block type ${String(block.type)} is not one Utfall uses`);
    }
  });
  return violations;
}

function viewViolations(view: unknown): string[] {
  if (!isObject(view)) return ['view is not an object'];
  const violations = blockKitViolations(view.blocks, 'view');
  if (view.type === 'modal') {
    checkText(view.title, 'view.title', LIMITS.viewTitle, violations, ['plain_text']);
    for (const key of ['submit', 'close'] as const) if (view[key] !== undefined) checkText(view[key], `view.${key}`, LIMITS.viewTitle, violations, ['plain_text']);
  } else if (view.type !== 'home') violations.push(`view.type ${String(view.type)}`);
  if (typeof view.private_metadata === 'string' && view.private_metadata.length > LIMITS.privateMetadata) violations.push('view.private_metadata too long');
  return violations;
}

/** What Slack would object to in a call's body. */
function payloadViolations(method: string, body: Json): string[] {
  if (method.startsWith('views.')) return viewViolations(body.view);
  const violations = body.blocks === undefined ? [] : blockKitViolations(body.blocks, 'message');
  if (typeof body.text === 'string' && body.text.length > LIMITS.messageText) violations.push('text longer than 40 000 characters');
  if (body.blocks === undefined && (typeof body.text !== 'string' || body.text === '') && method !== 'auth.test') violations.push('no text and no blocks');
  return violations;
}

// Form fields holding JSON (blocks, view, …) are parsed, as Slack does.
function parseBody(text: string, contentType: string | undefined): Json {
  if (text === '') return {};
  if (contentType?.startsWith('application/json')) return JSON.parse(text) as Json;
  const form = parseQuery(text);
  const body: Json = {};
  for (const [key, value] of Object.entries(form)) {
    const single = Array.isArray(value) ? value[0] : value;
    body[key] = typeof single === 'string' && /^[[{]/.test(single) ? JSON.parse(single) : single;
  }
  return body;
}

/**
 * The headers Slack signs a request with (https://docs.slack.dev/authentication/verifying-requests-from-slack):
 * v0= HMAC-SHA256 of `v0:${timestamp}:${rawBody}` under the signing secret.
 */
export function slackSignatureHeaders(signingSecret: string, rawBody: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = createHmac('sha256', signingSecret).update(`v0:${timestamp}:${rawBody}`).digest('hex');
  return { 'x-slack-signature': `v0=${signature}`, 'x-slack-request-timestamp': String(timestamp) };
}

/** Starts the fake on 127.0.0.1. */
export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const calls: SlackApiCall[] = [];
  let sequence = 0;
  const answer = (method: string, body: Json): Json => {
    sequence += 1;
    const ts = `1700000000.${String(sequence).padStart(6, '0')}`;
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://utfall-test.slack.com/', team: 'Utfall test', user: 'utfall', team_id: FAKE_BOT.teamId, user_id: FAKE_BOT.userId, bot_id: FAKE_BOT.botId };
      case 'chat.postMessage':
        return { ok: true, channel: body.channel, ts, message: { type: 'message', text: body.text, ts, bot_id: FAKE_BOT.botId, ...(body.thread_ts ? { thread_ts: body.thread_ts } : {}) } };
      case 'chat.update':
        return { ok: true, channel: body.channel, ts: body.ts, text: body.text };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: ts };
      case 'views.open':
      case 'views.update':
      case 'views.publish':
        return { ok: true, view: { id: `V${String(sequence).padStart(8, '0')}`, ...(isObject(body.view) ? body.view : {}) } };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  };
  const server = http.createServer((request, outgoing) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '';
      const reply = (status: number, json: Json) => {
        outgoing.writeHead(status, { 'content-type': 'application/json' });
        outgoing.end(JSON.stringify(json));
      };
      let body: Json;
      try {
        body = parseBody(Buffer.concat(chunks).toString('utf8'), request.headers['content-type']);
      } catch {
        return reply(400, { ok: false, error: 'invalid_json' });
      }
      if (path.startsWith('/response/')) {
        const violations = payloadViolations('response_url', body);
        const response = violations.length > 0 ? { ok: false, error: 'invalid_blocks', errors: violations } : { ok: true };
        calls.push({ method: 'response_url', path, body, violations, response });
        return reply(violations.length > 0 ? 400 : 200, response);
      }
      const method = path.startsWith('/api/') ? path.slice('/api/'.length).split('?')[0]! : '';
      const violations = payloadViolations(method, body);
      const authorised = /^Bearer xox[bp]-/.test(request.headers.authorization ?? '');
      const response = !authorised ? { ok: false, error: 'not_authed' } : violations.length > 0 ? { ok: false, error: 'invalid_blocks', errors: violations } : answer(method, body);
      calls.push({ method, path, body, violations, response });
      reply(200, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let responseUrls = 0;
  return {
    url: `${origin}/api/`,
    calls,
    responseUrl(name) {
      responseUrls += 1;
      return `${origin}/response/${name ?? `r${responseUrls}`}`;
    },
    async waitFor(predicate, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = calls.find(predicate);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no Slack API call matched within ${timeoutMs} ms; calls: ${JSON.stringify(calls.map((call) => [call.method, call.path, call.body?.text]))}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
