import type { DatabaseProvider } from './database-url.js';

/** The n-th (1-based) positional parameter: `?` for SQLite (positional), `$n` for PostgreSQL. */
export function placeholder(provider: DatabaseProvider, position: number): string {
  return provider === 'postgresql' ? `$${position}` : '?';
}
