// Utfall's configuration: one zod schema, checked once at start. Only the
// composition roots (src/cli/main.ts, later src/main.ts) pass process.env in.
import os from 'node:os';
import { z } from 'zod';

// An empty variable (common in .env files) means "not set".
const unsetWhenEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema);

const configSchema = z.object({
  DATABASE_URL: z.string().min(1).default('file:./data/utfall.db'),
  UTFALL_USER: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3978),
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
  // Teams app registration; without it the Teams endpoint runs anonymously for local use.
  MICROSOFT_APP_ID: unsetWhenEmpty(z.string().min(1).optional()),
  MICROSOFT_APP_PASSWORD: unsetWhenEmpty(z.string().min(1).optional()),
  MICROSOFT_APP_TENANT_ID: unsetWhenEmpty(z.string().min(1).optional()),
  // How often the server's scheduler looks for digests that are due.
  DIGEST_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
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
});

/** The validated configuration. */
export interface Config {
  readonly databaseUrl: string;
  /** Who runs CLI commands (recorded on import batches). */
  readonly user: string;
  /** The server's port. */
  readonly port: number;
  /** The language model, when one is configured. */
  readonly llm: { readonly model: string; readonly baseURL?: string; readonly apiKey?: string; readonly timeoutMs: number; readonly maxRetries: number; readonly toolMode: 'auto' | 'native' | 'json' } | null;
  readonly logLevel: string;
  /** How long the audit trail keeps questions and answers. */
  readonly auditRetentionDays: number;
  /** Seconds between the scheduler's looks for due digests. */
  readonly digestIntervalSeconds: number;
  /** Teams app credentials (all optional: anonymous without them). */
  readonly teams: { readonly clientId?: string; readonly clientSecret?: string; readonly tenantId?: string };
  /** Slack, when a bot token and (for HTTP mode) a signing secret are set. */
  readonly slack: { readonly signingSecret: string; readonly botToken: string; readonly appToken?: string; readonly apiUrl?: string } | null;
  /** Worker threads that answer questions (0: the server's own thread), the questions that may wait, and for how long. */
  readonly answering: { readonly workers: number; readonly queue: number; readonly maxWaitMs: number };
  /** Questions per person: a burst, then so many a minute; null when off. */
  readonly rateLimit: { readonly perMinute: number; readonly burst: number } | null;
  /** How long a write to an SQLite store waits for another writer. */
  readonly sqliteBusyTimeoutMs: number;
}

/** Validates `env`; throws one message listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `- ${String(issue.path[0])}: ${issue.message}`);
    throw new Error(`Utfall's configuration is invalid:\n${lines.join('\n')}`);
  }
  const data = parsed.data;
  return {
    databaseUrl: data.DATABASE_URL,
    user: data.UTFALL_USER ?? os.userInfo().username,
    port: data.PORT,
    llm: data.LLM_MODEL
      ? { model: data.LLM_MODEL, ...(data.OPENAI_BASE_URL ? { baseURL: data.OPENAI_BASE_URL } : {}), ...(data.OPENAI_API_KEY ? { apiKey: data.OPENAI_API_KEY } : {}), timeoutMs: data.LLM_TIMEOUT_MS, maxRetries: data.LLM_MAX_RETRIES, toolMode: data.LLM_TOOL_MODE }
      : null,
    logLevel: data.LOG_LEVEL,
    auditRetentionDays: data.AUDIT_RETENTION_DAYS,
    digestIntervalSeconds: data.DIGEST_INTERVAL_SECONDS,
    teams: { ...(data.MICROSOFT_APP_ID ? { clientId: data.MICROSOFT_APP_ID } : {}), ...(data.MICROSOFT_APP_PASSWORD ? { clientSecret: data.MICROSOFT_APP_PASSWORD } : {}), ...(data.MICROSOFT_APP_TENANT_ID ? { tenantId: data.MICROSOFT_APP_TENANT_ID } : {}) },
    slack:
      data.SLACK_BOT_TOKEN && (data.SLACK_SIGNING_SECRET || data.SLACK_APP_TOKEN)
        ? { signingSecret: data.SLACK_SIGNING_SECRET ?? '', botToken: data.SLACK_BOT_TOKEN, ...(data.SLACK_APP_TOKEN ? { appToken: data.SLACK_APP_TOKEN } : {}), ...(data.SLACK_API_URL ? { apiUrl: data.SLACK_API_URL } : {}) }
        : null,
    answering: { workers: data.ANSWER_WORKERS, queue: data.ANSWER_QUEUE, maxWaitMs: data.ANSWER_MAX_WAIT_MS },
    rateLimit: data.RATE_LIMIT_PER_MINUTE > 0 ? { perMinute: data.RATE_LIMIT_PER_MINUTE, burst: data.RATE_LIMIT_BURST } : null,
    sqliteBusyTimeoutMs: data.SQLITE_BUSY_TIMEOUT_MS,
  };
}
