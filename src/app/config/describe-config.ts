// The configuration as it may be logged or printed: every secret replaced by
// "set" or "not set", never its value.
import type { Config } from './load-config.js';

/** A redacted, printable summary of `config`. */
export function describeConfig(config: Config): Record<string, unknown> {
  return {
    database: config.databaseUrl.replace(/\/\/([^:@/]+)(:[^@/]*)?@/, '//$1:***@'),
    port: config.port,
    host: config.host,
    user: config.user,
    model: config.llm ? { model: config.llm.model, baseURL: config.llm.baseURL ?? '(OpenAI)', apiKey: config.llm.apiKey ? 'set' : 'not set', timeoutMs: config.llm.timeoutMs, maxRetries: config.llm.maxRetries, toolMode: config.llm.toolMode } : 'off (offline engine)',
    slack: config.slack ? { mode: config.slack.appToken ? 'socket' : 'http', signingSecret: config.slack.signingSecret ? 'set' : 'not set', botToken: 'set', apiUrl: config.slack.apiUrl ?? '(Slack)' } : 'off',
    web: config.web.mode === 'oidc' ? { mode: 'sign-in (OpenID Connect)', issuer: config.web.issuer, clientId: config.web.clientId, clientSecret: 'set', publicUrl: config.web.publicUrl, sessionSecret: 'set', sessionHours: config.web.sessionHours } : config.web.mode === 'local' ? 'local trial (sample people, 127.0.0.1 only)' : `off: ${config.web.reason}`,
    teams:
      config.teams.mode === 'credentials'
        ? { mode: 'tokens verified', clientId: config.teams.clientId, clientSecret: 'set', tenantId: config.teams.tenantId ?? 'not set', authority: config.teams.authority ?? '(Entra ID, public cloud)', serviceUrlHosts: config.teams.serviceUrlHosts.join(', ') }
        : config.teams.mode === 'local'
          ? 'local trial (anonymous, 127.0.0.1 only)'
          : `off: ${config.teams.reason}`,
    auditRetentionDays: config.auditRetentionDays,
    digestIntervalSeconds: config.digestIntervalSeconds,
    digestLeaseSeconds: config.digestLeaseSeconds,
    slackWork: config.slackWork,
    logLevel: config.logLevel,
    answering: config.answering,
    rateLimit: config.rateLimit ?? 'off',
    sqliteBusyTimeoutMs: config.sqliteBusyTimeoutMs,
    sampleData: config.sampleData,
  };
}
