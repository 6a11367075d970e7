// The configuration as it may be logged or printed: every secret replaced by
// "set" or "not set", never its value.
import type { Config } from './load-config.js';

/** A redacted, printable summary of `config`. */
export function describeConfig(config: Config): Record<string, unknown> {
  return {
    database: config.databaseUrl.replace(/\/\/([^:@/]+)(:[^@/]*)?@/, '//$1:***@'),
    port: config.port,
    user: config.user,
    model: config.llm ? { model: config.llm.model, baseURL: config.llm.baseURL ?? '(OpenAI)', apiKey: config.llm.apiKey ? 'set' : 'not set', timeoutMs: config.llm.timeoutMs, maxRetries: config.llm.maxRetries, toolMode: config.llm.toolMode } : 'off (offline engine)',
    slack: config.slack ? { mode: config.slack.appToken ? 'socket' : 'http', signingSecret: config.slack.signingSecret ? 'set' : 'not set', botToken: 'set', apiUrl: config.slack.apiUrl ?? '(Slack)' } : 'off',
    teams: config.teams.clientId ? { clientId: config.teams.clientId, clientSecret: config.teams.clientSecret ? 'set' : 'not set', tenantId: config.teams.tenantId ?? 'not set' } : 'anonymous (local use)',
    auditRetentionDays: config.auditRetentionDays,
    digestIntervalSeconds: config.digestIntervalSeconds,
    logLevel: config.logLevel,
    answering: config.answering,
    rateLimit: config.rateLimit ?? 'off',
    sqliteBusyTimeoutMs: config.sqliteBusyTimeoutMs,
  };
}
