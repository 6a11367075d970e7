// One pino logger for the process, JSON to stderr so stdout stays the CLI's output.
// Secrets never reach it: the config is logged through redactedConfig only.
import pino from 'pino';
import type { ModelLog } from '../core/llm/answer-with-model.js';

export type Logger = pino.Logger;

/** A logger at `level`, writing to stderr. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'utfall' }, redact: { paths: ['apiKey', '*.apiKey', 'token', '*.token', 'secret', '*.secret'], censor: '[redacted]' } }, pino.destination(2));
}

/** The model layer's log on a pino logger. */
export function modelLogOn(logger: Logger): ModelLog {
  return {
    info: (event, details) => logger.info({ event, ...details }, event),
    warn: (event, details) => logger.warn({ event, ...details }, event),
  };
}
