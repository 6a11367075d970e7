// A local stand-in for the Slack Web API (SLACK_API_URL points the channel here) and
// for response_url endpoints. It records every call with its parsed body, answers
// like Slack ({ok: true, ts, channel, …}), and, like Slack, refuses a payload whose
// blocks break a Block Kit limit with invalid_blocks (recorded in `violations`).
// It also runs Slack's file upload flow (files.getUploadURLExternal → POST the bytes
// to the upload URL → files.completeUploadExternal), recorded in `uploads`, and lets
// a test script failures (HTTP 429 with Retry-After, 5xx, platform errors, slow
// answers) for the next calls of a method with `failNext`. Like Slack, it keeps the
// messages posted (with their message metadata) and answers conversations.history and
// conversations.replies from them, so that a test can check what a channel holds.
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseQuery } from 'node:querystring';
import { PHRASES } from '../../src/adapters/slack/slack-phrases.js';

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
  /** Date.now() when the request arrived. */
  readonly receivedAt: number;
}

/** The method name recorded for a POST of file bytes to an upload URL. */
export const FAKE_UPLOAD_METHOD = 'file_upload';

/**
 * What a scripted call answers instead of the normal reply: HTTP 429 with a Retry-After
 * header (seconds, default 1), another HTTP status (5xx) with an error body, ok:false with
 * a platform error (HTTP 200, as Slack does), or the normal reply after a delay.
 */
export type FakeSlackFailure = { readonly status: number; readonly retryAfter?: number } | { readonly error: string } | { readonly delayMs: number };

/** One file of the upload flow, from files.getUploadURLExternal on. */
export interface FakeSlackUpload {
  readonly fileId: string;
  readonly filename: string;
  /** The length the client announced. */
  readonly length: number;
  /** alt_txt (Slack's documented name) or alt_text, as the client sent it. */
  readonly altText: string | undefined;
  /** The bytes POSTed to the upload URL; undefined until then. */
  bytes: Buffer | undefined;
  /** Whether the bytes start with the PNG signature. */
  isPng: boolean;
  /** Set by files.completeUploadExternal. */
  completed: boolean;
  channelId: string | undefined;
  threadTs: string | undefined;
  initialComment: string | undefined;
  title: string | undefined;
}

/** A message the fake keeps, as Slack keeps it in a conversation. */
export interface FakeSlackMessage {
  readonly channel: string;
  readonly ts: string;
  /** The parent's ts for a reply in a thread. */
  readonly threadTs: string | undefined;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- arbitrary protocol JSON
  blocks: any;
  /** Message metadata (https://docs.slack.dev/messaging/message-metadata), as posted. */
  readonly metadata: { readonly event_type: string; readonly event_payload: Record<string, unknown> } | undefined;
  /** How many times chat.update changed it. */
  updates: number;
}

export interface FakeSlackApi {
  /** The Web API base URL, ending with /api/. */
  readonly url: string;
  readonly calls: SlackApiCall[];
  /** Web API methods in the order their requests arrived, answered yet or not (a scripted delay answers later). */
  readonly arrivals: { readonly method: string; readonly body: unknown; readonly receivedAt: number }[];
  /** Every message posted with chat.postMessage (and kept even when the poster never heard the answer). */
  readonly messages: FakeSlackMessage[];
  /** A response_url on this fake; calls to it are recorded as method "response_url". */
  responseUrl(name?: string): string;
  /** Files of the upload flow, in the order their upload URLs were handed out. */
  readonly uploads: FakeSlackUpload[];
  /** The next `times` (default 1) calls of `method` (a Web API method or FAKE_UPLOAD_METHOD) answer `failure`. */
  failNext(method: string, failure: FakeSlackFailure, times?: number): void;
  /** Forgets recorded calls and uploads, drops failures still scripted and answers still delayed. */
  reset(): void;
  waitFor(predicate: (call: SlackApiCall) => boolean, timeoutMs?: number): Promise<SlackApiCall>;
  /**
   * The reply as the user ends up seeing it: the first call matching, or, when that is the placeholder
   * Utfall posts while an answer takes long (a loaded machine), the message that replaced it in place
   * (chat.update of the same message, or the next POST to the same response_url), with the
   * placeholder's channel and thread.
   */
  waitForReply(predicate: (call: SlackApiCall) => boolean, timeoutMs?: number): Promise<SlackApiCall>;
  close(): Promise<void>;
}

/** The bot the fake's auth.test reports. */
export const FAKE_BOT = { userId: 'U0UTFALL', botId: 'B0UTFALL', teamId: 'T0UTFALL' } as const;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

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
  // Only messages need text or blocks; auth, files and connection calls carry neither.
  if ((method.startsWith('chat.') || method === 'response_url') && body.blocks === undefined && (typeof body.text !== 'string' || body.text === '')) violations.push('no text and no blocks');
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

// The file of a multipart/form-data body (the first part with a filename), or the raw body.
function uploadedBytes(raw: Buffer, contentType: string | undefined): Buffer {
  const boundary = /^multipart\/form-data;.*boundary="?([^";]+)"?/i.exec(contentType ?? '')?.[1];
  if (!boundary) return raw;
  const delimiter = Buffer.from(`--${boundary}`);
  for (let start = raw.indexOf(delimiter); start !== -1; ) {
    const next = raw.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = raw.subarray(start + delimiter.length, next);
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd !== -1 && /filename=/i.test(part.subarray(0, headerEnd).toString('utf8'))) return part.subarray(headerEnd + 4, part.length - 2);
    start = next;
  }
  return raw;
}

/** Starts the fake on 127.0.0.1. */
/** `socketUrl`: what apps.connections.open hands out (a fake Socket Mode server, see fake-slack-socket.ts). */
export async function startFakeSlackApi(options: { socketUrl?: string } = {}): Promise<FakeSlackApi> {
  const calls: SlackApiCall[] = [];
  const arrivals: { method: string; body: unknown; receivedAt: number }[] = [];
  const messages: FakeSlackMessage[] = [];
  const uploads: FakeSlackUpload[] = [];
  const scripted = new Map<string, FakeSlackFailure[]>();
  const timers = new Set<NodeJS.Timeout>();
  let origin = '';
  let sequence = 0;
  const answerFiles = (method: string, body: Json): Json => {
    if (method === 'files.getUploadURLExternal') {
      const length = Number(body.length);
      if (typeof body.filename !== 'string' || body.filename === '' || !Number.isInteger(length) || length <= 0) return { ok: false, error: 'missing_argument' };
      const altText = typeof body.alt_txt === 'string' ? body.alt_txt : typeof body.alt_text === 'string' ? body.alt_text : undefined;
      if (altText !== undefined && altText.length > 1000) return { ok: false, error: 'alt_txt_too_large' };
      const fileId = `F${String(sequence).padStart(9, '0')}`;
      uploads.push({ fileId, filename: body.filename, length, altText, bytes: undefined, isPng: false, completed: false, channelId: undefined, threadTs: undefined, initialComment: undefined, title: undefined });
      return { ok: true, upload_url: `${origin}/upload/${fileId}`, file_id: fileId };
    }
    // files.completeUploadExternal: every file must have been uploaded, with the length announced.
    const files = body.files;
    if (!Array.isArray(files) || files.length === 0) return { ok: false, error: 'invalid_arguments' };
    const found = files.map((file: unknown) => (isObject(file) ? uploads.find((upload) => upload.fileId === file.id) : undefined));
    if (found.some((upload) => upload === undefined || upload.bytes === undefined || upload.bytes.length !== upload.length)) return { ok: false, error: 'file_not_found' };
    if (body.thread_ts !== undefined && typeof body.channel_id !== 'string') return { ok: false, error: 'invalid_arguments' };
    found.forEach((upload, index) => {
      const file = files[index] as Json;
      Object.assign(upload!, { completed: true, channelId: body.channel_id, threadTs: body.thread_ts, initialComment: body.initial_comment, title: typeof file.title === 'string' ? file.title : undefined });
    });
    return { ok: true, files: found.map((upload) => ({ id: upload!.fileId, name: upload!.filename, title: upload!.title ?? upload!.filename, mimetype: upload!.isPng ? 'image/png' : 'application/octet-stream' })) };
  };
  // Slack's ts is the post's time in seconds with a unique six-digit part; kept increasing here.
  let lastTs = 0;
  const nextTs = () => {
    lastTs = Math.max(lastTs + 1, Date.now() * 1000);
    return `${Math.floor(lastTs / 1_000_000)}.${String(lastTs % 1_000_000).padStart(6, '0')}`;
  };
  const flag = (value: unknown) => value === true || value === 'true' || value === '1' || value === 1;
  // A page of `list` (newest first for history, oldest first for replies), as Slack pages with limit and cursor.
  const page = (list: FakeSlackMessage[], body: Json): Json => {
    const inRange = list.filter((message) => {
      const ts = Number(message.ts);
      const oldest = body.oldest === undefined ? -Infinity : Number(body.oldest);
      const latest = body.latest === undefined ? Infinity : Number(body.latest);
      return flag(body.inclusive) ? ts >= oldest && ts <= latest : ts > oldest && ts < latest;
    });
    const limit = Math.min(Number(body.limit ?? 100) || 100, 999);
    const offset = Number(body.cursor ?? 0) || 0;
    const slice = inRange.slice(offset, offset + limit);
    const more = offset + limit < inRange.length;
    return {
      ok: true,
      messages: slice.map((message) => ({ type: 'message', ts: message.ts, text: message.text, bot_id: FAKE_BOT.botId, ...(message.threadTs ? { thread_ts: message.threadTs } : {}), ...(message.metadata && flag(body.include_all_metadata) ? { metadata: message.metadata } : {}) })),
      has_more: more,
      response_metadata: { next_cursor: more ? String(offset + limit) : '' },
    };
  };
  const answer = (method: string, body: Json): Json => {
    sequence += 1;
    const ts = nextTs();
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://utfall-test.slack.com/', team: 'Utfall test', user: 'utfall', team_id: FAKE_BOT.teamId, user_id: FAKE_BOT.userId, bot_id: FAKE_BOT.botId };
      case 'chat.postMessage': {
        const metadata = isObject(body.metadata) && typeof body.metadata.event_type === 'string' && isObject(body.metadata.event_payload) ? { event_type: body.metadata.event_type, event_payload: body.metadata.event_payload } : undefined;
        messages.push({ channel: String(body.channel), ts, threadTs: typeof body.thread_ts === 'string' ? body.thread_ts : undefined, text: String(body.text ?? ''), blocks: body.blocks, metadata, updates: 0 });
        return { ok: true, channel: body.channel, ts, message: { type: 'message', text: body.text, ts, bot_id: FAKE_BOT.botId, ...(body.thread_ts ? { thread_ts: body.thread_ts } : {}) } };
      }
      case 'chat.update': {
        const kept = messages.find((message) => message.channel === body.channel && message.ts === body.ts);
        if (kept) Object.assign(kept, { text: String(body.text ?? ''), blocks: body.blocks, updates: kept.updates + 1 });
        return { ok: true, channel: body.channel, ts: body.ts, text: body.text };
      }
      case 'conversations.history':
        // The channel's own messages, newest first; replies in threads are not part of it.
        return page(messages.filter((message) => message.channel === body.channel && (message.threadTs === undefined || message.threadTs === message.ts)).reverse(), body);
      case 'conversations.replies': {
        const thread = messages.filter((message) => message.channel === body.channel && (message.ts === body.ts || message.threadTs === body.ts));
        return thread.length === 0 ? { ok: false, error: 'thread_not_found' } : page(thread, body);
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: ts };
      case 'views.open':
      case 'views.update':
      case 'views.publish':
        return { ok: true, view: { id: `V${String(sequence).padStart(8, '0')}`, ...(isObject(body.view) ? body.view : {}) } };
      case 'files.getUploadURLExternal':
      case 'files.completeUploadExternal':
        return answerFiles(method, body);
      case 'apps.connections.open':
        return options.socketUrl ? { ok: true, url: options.socketUrl } : { ok: false, error: 'not_allowed_token_type' };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  };
  const takeFailure = (method: string): FakeSlackFailure | undefined => scripted.get(method)?.shift();
  const server = http.createServer((request, outgoing) => {
    const chunks: Buffer[] = [];
    const receivedAt = Date.now();
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '';
      const send = (status: number, payload: Json | string, headers: Record<string, string> = {}) => {
        // A delayed answer may come after the client gave up or the fake closed.
        if (outgoing.destroyed || outgoing.writableEnded) return;
        outgoing.writeHead(status, { 'content-type': typeof payload === 'string' ? 'text/plain' : 'application/json', ...headers });
        outgoing.end(typeof payload === 'string' ? payload : JSON.stringify(payload));
      };
      const reply = (status: number, json: Json) => send(status, json);
      const raw = Buffer.concat(chunks);
      const method = path.startsWith('/upload/') ? FAKE_UPLOAD_METHOD : path.startsWith('/api/') ? path.slice('/api/'.length).split('?')[0]! : '';
      const failure = method === '' ? undefined : takeFailure(method);
      if (method !== '' && method !== FAKE_UPLOAD_METHOD) {
        let body: unknown = {};
        try {
          body = parseBody(raw.toString('utf8'), request.headers['content-type']);
        } catch {
          body = {};
        }
        arrivals.push({ method, body, receivedAt });
      }
      if (failure !== undefined && !('delayMs' in failure)) {
        // The request is recorded as sent (which channel it was for), though it is answered with the failure.
        let body: Json = {};
        try {
          body = method === FAKE_UPLOAD_METHOD ? { bytes: raw.length } : parseBody(raw.toString('utf8'), request.headers['content-type']);
        } catch {
          body = {};
        }
        if ('error' in failure) {
          const response = { ok: false, error: failure.error };
          calls.push({ method, path, body, violations: [], response, receivedAt });
          return reply(200, response);
        }
        const response = { ok: false, error: failure.status === 429 ? 'ratelimited' : `http_${failure.status}` };
        calls.push({ method, path, body, violations: [], response, receivedAt });
        return send(failure.status, response, failure.status === 429 ? { 'retry-after': String(failure.retryAfter ?? 1) } : {});
      }
      const handle = () => {
        if (method === FAKE_UPLOAD_METHOD) {
          const upload = uploads.find((candidate) => candidate.fileId === path.slice('/upload/'.length));
          const bytes = uploadedBytes(raw, request.headers['content-type']);
          const response = upload ? { ok: true } : { ok: false, error: 'upload_url_unknown' };
          calls.push({ method, path, body: { bytes: bytes.length }, violations: [], response, receivedAt });
          if (!upload) return send(404, 'Not Found');
          upload.bytes = bytes;
          upload.isPng = bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE);
          // Slack's upload service answers 200 with a short text, not JSON.
          return send(200, `OK - ${bytes.length}`);
        }
        let body: Json;
        try {
          body = parseBody(raw.toString('utf8'), request.headers['content-type']);
        } catch {
          return reply(400, { ok: false, error: 'invalid_json' });
        }
        if (path.startsWith('/response/')) {
          const violations = payloadViolations('response_url', body);
          const response = violations.length > 0 ? { ok: false, error: 'invalid_blocks', errors: violations } : { ok: true };
          calls.push({ method: 'response_url', path, body, violations, response, receivedAt });
          return reply(violations.length > 0 ? 400 : 200, response);
        }
        const violations = payloadViolations(method, body);
        // Socket Mode connects with the app-level token (xapp-…); everything else takes the bot token.
        const authorised = (method === 'apps.connections.open' ? /^Bearer xapp-/ : /^Bearer xox[bp]-/).test(request.headers.authorization ?? '');
        const response = !authorised ? { ok: false, error: 'not_authed' } : violations.length > 0 ? { ok: false, error: 'invalid_blocks', errors: violations } : answer(method, body);
        calls.push({ method, path, body, violations, response, receivedAt });
        reply(200, response);
      };
      if (failure === undefined) return handle();
      const timer = setTimeout(() => {
        timers.delete(timer);
        handle();
      }, failure.delayMs);
      timers.add(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let responseUrls = 0;
  const api: FakeSlackApi = {
    url: `${origin}/api/`,
    calls,
    arrivals,
    messages,
    uploads,
    failNext(method, failure, times = 1) {
      const queue = scripted.get(method) ?? [];
      for (let index = 0; index < times; index += 1) queue.push(failure);
      scripted.set(method, queue);
    },
    reset() {
      // A delayed answer still pending belongs to the test that scripted it.
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      calls.length = 0;
      arrivals.length = 0;
      messages.length = 0;
      uploads.length = 0;
      scripted.clear();
    },
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
    async waitForReply(predicate, timeoutMs = 15_000) {
      const first = await api.waitFor(predicate, timeoutMs);
      if (!JSON.stringify(first.body ?? {}).includes(PHRASES.placeholder)) return first;
      if (first.method === 'response_url') return api.waitFor((call) => call !== first && call.method === 'response_url' && call.path === first.path, timeoutMs);
      const update = await api.waitFor((call) => call.method === 'chat.update' && call.body.ts === first.response?.ts, timeoutMs);
      return { ...update, method: first.method, body: { ...update.body, channel: first.body.channel, thread_ts: first.body.thread_ts } };
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return api;
}
