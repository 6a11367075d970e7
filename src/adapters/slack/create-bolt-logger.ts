// Bolt and its Web API client log through Utfall's pino logger, so that one log
// stream, level and redaction apply.
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from 'pino';

type Method = 'debug' | 'info' | 'warn' | 'error';

/** A bolt Logger writing to `logger`; bolt's setLevel is ignored (pino's level governs). */
export function createBoltLogger(logger: Logger): BoltLogger {
  let name = 'bolt';
  const write =
    (method: Method) =>
    (...messages: unknown[]): void => {
      // Bolt logs at debug on every request; nothing is formatted for a level that is off.
      if (!logger.isLevelEnabled(method)) return;
      const error = messages.find((message): message is Error => message instanceof Error);
      const text = messages
        .filter((message) => message !== error)
        .map((message) => (typeof message === 'string' ? message : JSON.stringify(message)))
        .join(' ');
      logger[method]({ component: name, ...(error ? { err: error } : {}) }, text || error?.message || '');
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    setLevel: () => undefined,
    getLevel: () => {
      const level = logger.level;
      return level === 'trace' || level === 'debug' ? LogLevel.DEBUG : level === 'info' ? LogLevel.INFO : level === 'warn' ? LogLevel.WARN : LogLevel.ERROR;
    },
    setName: (newName) => {
      name = newName;
    },
  };
}
