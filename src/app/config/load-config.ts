// Utfall's configuration: one zod schema, checked once at start. Only the
// composition roots (src/app/cli/main.ts, src/app/server/main.ts) pass process.env in. Besides the
// variables it decides how each door is locked: the web chat signs people in with
// OpenID Connect or is a local trial, Teams verifies tokens or is a local trial, and
// the local trial exists only on 127.0.0.1 with no chat platform configured.
import os from 'node:os';
import { z } from 'zod';
import { isLoopbackHost } from '../../platform/loopback.js';
import { DEFAULT_TEAMS_SERVICE_URL_HOSTS, parseHostPatterns } from '../../platform/host-patterns.js';
import type { EnabledTeamsConfig } from '../../adapters/teams/create-teams-adapter.js';
import type { EnabledWebChatConfig } from '../../adapters/web/create-web-chat.js';

// An empty variable (common in .env files) means "not set".
const unsetWhenEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema);

const configSchema = z.object({
  DATABASE_URL: z.string().min(1).default('file:./data/utfall.db'),
  UTFALL_USER: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3978),
  // The interface the server listens on: this machine only unless set (0.0.0.0 in a container).
  HOST: unsetWhenEmpty(z.string().trim().min(1).max(255).optional()),
  // "production" turns the local trial off: no web chat without sign-in, no anonymous Teams.
  NODE_ENV: unsetWhenEmpty(z.string().trim().optional()),
  // Sign-in for the web chat (Microsoft Entra ID or any OpenID Connect provider).
  WEB_OIDC_ISSUER: unsetWhenEmpty(z.url({ message: 'must be the issuer URL, e.g. https://login.microsoftonline.com/<tenant id>/v2.0' }).optional()),
  WEB_OIDC_CLIENT_ID: unsetWhenEmpty(z.string().trim().min(1).max(200).optional()),
  WEB_OIDC_CLIENT_SECRET: unsetWhenEmpty(z.string().min(1).max(1000).optional()),
  // The address people open, e.g. https://utfall.kommun.se; the sign-in returns to <it>/auth/callback.
  WEB_PUBLIC_URL: unsetWhenEmpty(z.url({ message: 'must be the URL people open, e.g. https://utfall.kommun.se' }).optional()),
  WEB_SESSION_SECRET: unsetWhenEmpty(z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -hex 32`)').optional()),
  WEB_SESSION_HOURS: z.coerce.number().int().min(1).max(336).default(8),
  // The model layer is on when LLM_MODEL is set; endpoint and key are the openai SDK's own variables.
  LLM_MODEL: unsetWhenEmpty(z.string().trim().min(1).optional()),
  OPENAI_BASE_URL: unsetWhenEmpty(z.url({ message: 'must be a URL such as http://localhost:11434/v1' }).optional()),
  OPENAI_API_KEY: unsetWhenEmpty(z.string().min(1).optional()),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
  LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(5).default(1),
  LLM_TOOL_MODE: z.enum(['auto', 'native', 'json']).default('auto'),
  SLACK_SIGNING_SECRET: unsetWhenEmpty(z.string().min(8).optional()),
  SLACK_BOT_TOKEN: unsetWhenEmpty(z.string().regex(/^xoxb-/, 'must be a bot token (xoxb-…)').optional()),
  SLACK_APP_TOKEN: unsetWhenEmpty(z.string().regex(/^xapp-/, 'must be an app-level token (xapp-…) for Socket Mode').optional()),
  SLACK_API_URL: unsetWhenEmpty(z.url().optional()),
  // Teams app registration; without it Teams is only the local trial (or off).
  MICROSOFT_APP_ID: unsetWhenEmpty(z.string().min(1).optional()),
  MICROSOFT_APP_PASSWORD: unsetWhenEmpty(z.string().min(1).optional()),
  MICROSOFT_APP_TENANT_ID: unsetWhenEmpty(z.string().min(1).optional()),
  // The Entra endpoint tokens are checked against (another cloud, e.g. https://login.microsoftonline.us).
  MICROSOFT_APP_AUTHORITY: unsetWhenEmpty(z.url({ protocol: /^https?$/ }).optional()),
  // Where replies and digests may go: the Bot Framework's hosts, comma-separated, "*.suffix" for subdomains.
  TEAMS_SERVICE_URL_HOSTS: unsetWhenEmpty(z.string().max(2000).optional()),
  // How often the server's scheduler looks for digests that are due.
  DIGEST_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  // How long a digest's claim holds after its sender stops renewing it (died): then another instance looks and sends.
  DIGEST_LEASE_SECONDS: z.coerce.number().int().min(2).max(3600).default(300),
  // Slack work (events, commands, interactions) kept in the store: how long a claim holds
  // after its process stops renewing it (then another start resumes it), and how many tries it gets.
  SLACK_WORK_LEASE_SECONDS: z.coerce.number().int().min(2).max(3600).default(30),
  SLACK_WORK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(3),
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  // Whether a new, empty store is loaded with the sample data of data/samples/.
  UTFALL_SAMPLE_DATA: z.enum(['true', 'false', '1', '0', 'yes', 'no', 'ja', 'nej'], { error: 'must be true or false' }).default('true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Answering under load: worker threads that answer (0: the server's own thread), how many
  // questions may wait for one and how long; beyond that a question is refused (HTTP 503).
  ANSWER_WORKERS: z.coerce.number().int().min(0).max(32).default(Math.min(4, Math.max(1, os.availableParallelism()))),
  ANSWER_QUEUE: z.coerce.number().int().min(1).max(10_000).default(16),
  ANSWER_MAX_WAIT_MS: z.coerce.number().int().min(100).max(120_000).default(2_000),
  // Questions one person may ask: a burst, then so many a minute (HTTP 429 beyond); 0 turns the limit off.
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(100_000).default(20),
  RATE_LIMIT_BURST: z.coerce.number().int().min(1).max(10_000).default(10),
  // How long a write to the SQLite store waits for another writer (an import) before it gives up with a clear message.
  SQLITE_BUSY_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(2_000),
}).superRefine((env, context) => {
  // Half a Slack configuration would silently leave Slack off; say what is missing instead.
  if ((env.SLACK_SIGNING_SECRET || env.SLACK_APP_TOKEN) && !env.SLACK_BOT_TOKEN) context.addIssue({ code: 'custom', path: ['SLACK_BOT_TOKEN'], message: 'needed when SLACK_SIGNING_SECRET or SLACK_APP_TOKEN is set (the bot token, xoxb-…, from OAuth & Permissions)' });
  if (env.SLACK_BOT_TOKEN && !env.SLACK_SIGNING_SECRET && !env.SLACK_APP_TOKEN) context.addIssue({ code: 'custom', path: ['SLACK_SIGNING_SECRET'], message: 'needed with SLACK_BOT_TOKEN (from Basic Information), or set SLACK_APP_TOKEN for Socket Mode' });
  checkWebSignIn(env, context);
  if (env.MICROSOFT_APP_ID && !env.MICROSOFT_APP_PASSWORD) context.addIssue({ code: 'custom', path: ['MICROSOFT_APP_PASSWORD'], message: 'needed with MICROSOFT_APP_ID (a client secret of the bot\'s app registration)' });
  if (env.MICROSOFT_APP_PASSWORD && !env.MICROSOFT_APP_ID) context.addIssue({ code: 'custom', path: ['MICROSOFT_APP_ID'], message: 'needed with MICROSOFT_APP_PASSWORD (the bot\'s Microsoft App ID)' });
  if (env.TEAMS_SERVICE_URL_HOSTS) {
    const parsed = parseHostPatterns(env.TEAMS_SERVICE_URL_HOSTS);
    if ('problem' in parsed) context.addIssue({ code: 'custom', path: ['TEAMS_SERVICE_URL_HOSTS'], message: parsed.problem });
  }
});

// Entra's meta-tenants accept people from every tenant; the issuer must be your own tenant's.
const META_TENANT = /\/(common|organizations|consumers)(\/|$)/i;

/** Web sign-in is all or nothing, over https (http only on this machine, for tests), for one tenant. */
function checkWebSignIn(env: Partial<Record<string, unknown>>, context: z.RefinementCtx): void {
  const names = ['WEB_OIDC_ISSUER', 'WEB_OIDC_CLIENT_ID', 'WEB_OIDC_CLIENT_SECRET', 'WEB_PUBLIC_URL', 'WEB_SESSION_SECRET'] as const;
  const set = names.filter((name) => env[name] !== undefined && env[name] !== '');
  if (set.length === 0) return;
  for (const name of names) if (!set.includes(name)) context.addIssue({ code: 'custom', path: [name], message: `needed for web sign-in (set with ${set.join(', ')})` });
  for (const name of ['WEB_OIDC_ISSUER', 'WEB_PUBLIC_URL'] as const) {
    const value = env[name];
    if (typeof value !== 'string' || !URL.canParse(value)) continue;
    const url = new URL(value);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) context.addIssue({ code: 'custom', path: [name], message: 'must be https (http only for 127.0.0.1 or localhost)' });
  }
  if (typeof env.WEB_OIDC_ISSUER === 'string' && META_TENANT.test(env.WEB_OIDC_ISSUER)) context.addIssue({ code: 'custom', path: ['WEB_OIDC_ISSUER'], message: 'must name your own tenant (https://login.microsoftonline.com/<tenant id>/v2.0), not common, organizations or consumers, which let any tenant\'s accounts in' });
}

/** How the web chat lets people in (the adapter's own settings), or why it is off. */
export type WebChatConfig = EnabledWebChatConfig | { readonly mode: 'off'; readonly reason: string };

/** How Teams lets Activities in (the adapter's own settings), or why it is off. */
export type TeamsConfig = EnabledTeamsConfig | { readonly mode: 'off'; readonly reason: string };

/** The validated configuration. */
export interface Config {
  readonly databaseUrl: string;
  /** Who runs CLI commands (recorded on import batches). */
  readonly user: string;
  /** The server's port. */
  readonly port: number;
  /** The interface the server listens on, and whether it is this machine only. */
  readonly host: string;
  readonly loopback: boolean;
  /** NODE_ENV=production: no local trial. */
  readonly production: boolean;
  /** The local trial: nothing configured for real use (no web sign-in, no chat platform, not production) and this machine only. */
  readonly localTrial: boolean;
  readonly web: WebChatConfig;
  /** The language model, when one is configured. */
  readonly llm: { readonly model: string; readonly baseURL?: string; readonly apiKey?: string; readonly timeoutMs: number; readonly maxRetries: number; readonly toolMode: 'auto' | 'native' | 'json' } | null;
  readonly logLevel: string;
  /** How long the audit trail keeps questions and answers. */
  readonly auditRetentionDays: number;
  /** Seconds between the scheduler's looks for due digests. */
  readonly digestIntervalSeconds: number;
  /** Seconds a digest's claim holds once its sender stops renewing it. */
  readonly digestLeaseSeconds: number;
  /** Slack work kept in the store: seconds a claim holds once its process stops renewing it, and tries per piece of work. */
  readonly slackWork: { readonly leaseSeconds: number; readonly maxAttempts: number };
  readonly teams: TeamsConfig;
  /** Slack, when a bot token and (for HTTP mode) a signing secret are set. */
  readonly slack: { readonly signingSecret: string; readonly botToken: string; readonly appToken?: string; readonly apiUrl?: string } | null;
  /** Worker threads that answer questions (0: the server's own thread), the questions that may wait, and for how long. */
  readonly answering: { readonly workers: number; readonly queue: number; readonly maxWaitMs: number };
  /** Questions per person: a burst, then so many a minute; null when off. */
  readonly rateLimit: { readonly perMinute: number; readonly burst: number } | null;
  /** How long a write to an SQLite store waits for another writer. */
  readonly sqliteBusyTimeoutMs: number;
  /** Whether a new, empty store is loaded with the sample data (UTFALL_SAMPLE_DATA). */
  readonly sampleData: boolean;
}

/** Validates `env`; throws one message listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `- ${String(issue.path[0])}: ${issue.message}`);
    throw new Error(`Utfall's configuration is invalid:\n${lines.join('\n')}`);
  }
  const data = parsed.data;
  const slack =
    data.SLACK_BOT_TOKEN && (data.SLACK_SIGNING_SECRET || data.SLACK_APP_TOKEN)
      ? { signingSecret: data.SLACK_SIGNING_SECRET ?? '', botToken: data.SLACK_BOT_TOKEN, ...(data.SLACK_APP_TOKEN ? { appToken: data.SLACK_APP_TOKEN } : {}), ...(data.SLACK_API_URL ? { apiUrl: data.SLACK_API_URL } : {}) }
      : null;
  const host = data.HOST ?? '127.0.0.1';
  const loopback = isLoopbackHost(host);
  const production = data.NODE_ENV?.toLowerCase() === 'production';
  const teamsCredentials = Boolean(data.MICROSOFT_APP_ID && data.MICROSOFT_APP_PASSWORD);
  const webSignIn = Boolean(data.WEB_OIDC_ISSUER && data.WEB_OIDC_CLIENT_ID && data.WEB_OIDC_CLIENT_SECRET && data.WEB_PUBLIC_URL && data.WEB_SESSION_SECRET);
  // Web sign-in or a chat platform configured means a real installation: no door without a lock, on any interface.
  const localTrial = loopback && !production && !slack && !teamsCredentials && !webSignIn;
  const whyNoTrial = production ? 'NODE_ENV=production' : !loopback ? `HOST=${host} is not this machine only` : webSignIn ? 'web sign-in is configured' : 'a chat platform is configured';
  const web: WebChatConfig =
    webSignIn && data.WEB_OIDC_ISSUER && data.WEB_OIDC_CLIENT_ID && data.WEB_OIDC_CLIENT_SECRET && data.WEB_PUBLIC_URL && data.WEB_SESSION_SECRET
      ? { mode: 'oidc', issuer: data.WEB_OIDC_ISSUER, clientId: data.WEB_OIDC_CLIENT_ID, clientSecret: data.WEB_OIDC_CLIENT_SECRET, publicUrl: data.WEB_PUBLIC_URL.replace(/\/+$/, ''), sessionSecret: data.WEB_SESSION_SECRET, sessionHours: data.WEB_SESSION_HOURS }
      : localTrial
        ? { mode: 'local' }
        : { mode: 'off', reason: `no sign-in configured (WEB_OIDC_ISSUER, …) and no local trial: ${whyNoTrial}` };
  const hosts = data.TEAMS_SERVICE_URL_HOSTS ? parseHostPatterns(data.TEAMS_SERVICE_URL_HOSTS) : { hosts: DEFAULT_TEAMS_SERVICE_URL_HOSTS };
  const teams: TeamsConfig =
    data.MICROSOFT_APP_ID && data.MICROSOFT_APP_PASSWORD
      ? { mode: 'credentials', clientId: data.MICROSOFT_APP_ID, clientSecret: data.MICROSOFT_APP_PASSWORD, ...(data.MICROSOFT_APP_TENANT_ID ? { tenantId: data.MICROSOFT_APP_TENANT_ID } : {}), ...(data.MICROSOFT_APP_AUTHORITY ? { authority: data.MICROSOFT_APP_AUTHORITY.replace(/\/+$/, '') } : {}), serviceUrlHosts: 'hosts' in hosts ? hosts.hosts : DEFAULT_TEAMS_SERVICE_URL_HOSTS }
      : localTrial
        ? { mode: 'local' }
        : { mode: 'off', reason: `no app credentials (MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD) and no local trial: ${whyNoTrial}` };
  return {
    databaseUrl: data.DATABASE_URL,
    user: data.UTFALL_USER ?? os.userInfo().username,
    port: data.PORT,
    host,
    loopback,
    production,
    localTrial,
    web,
    llm: data.LLM_MODEL
      ? { model: data.LLM_MODEL, ...(data.OPENAI_BASE_URL ? { baseURL: data.OPENAI_BASE_URL } : {}), ...(data.OPENAI_API_KEY ? { apiKey: data.OPENAI_API_KEY } : {}), timeoutMs: data.LLM_TIMEOUT_MS, maxRetries: data.LLM_MAX_RETRIES, toolMode: data.LLM_TOOL_MODE }
      : null,
    logLevel: data.LOG_LEVEL,
    auditRetentionDays: data.AUDIT_RETENTION_DAYS,
    digestIntervalSeconds: data.DIGEST_INTERVAL_SECONDS,
    digestLeaseSeconds: data.DIGEST_LEASE_SECONDS,
    slackWork: { leaseSeconds: data.SLACK_WORK_LEASE_SECONDS, maxAttempts: data.SLACK_WORK_MAX_ATTEMPTS },
    teams,
    slack,
    answering: { workers: data.ANSWER_WORKERS, queue: data.ANSWER_QUEUE, maxWaitMs: data.ANSWER_MAX_WAIT_MS },
    rateLimit: data.RATE_LIMIT_PER_MINUTE > 0 ? { perMinute: data.RATE_LIMIT_PER_MINUTE, burst: data.RATE_LIMIT_BURST } : null,
    sqliteBusyTimeoutMs: data.SQLITE_BUSY_TIMEOUT_MS,
    sampleData: ['true', '1', 'yes', 'ja'].includes(data.UTFALL_SAMPLE_DATA),
  };
}

/**
 * Why the server must not start with `config`, or null. Without sign-in the web chat
 * is a local trial and refuses any interface but this machine's; a start that would
 * serve nothing at all says what to configure.
 */
export function whyServerCannotStart(config: Config): string | null {
  if (config.web.mode !== 'off' || config.teams.mode !== 'off' || config.slack) return null;
  if (!config.loopback) return `Utfall's configuration is invalid:\n- HOST: Utfall without sign-in is a local trial and listens on 127.0.0.1 only; to serve people on ${config.host}, configure web sign-in (WEB_OIDC_ISSUER, WEB_OIDC_CLIENT_ID, WEB_OIDC_CLIENT_SECRET, WEB_PUBLIC_URL, WEB_SESSION_SECRET), Slack or Teams; or leave HOST unset.`;
  return `Utfall's configuration is invalid:\n- NODE_ENV: production runs no local trial, so there is nothing to serve; configure web sign-in (WEB_OIDC_ISSUER, …), Slack or Teams.`;
}
