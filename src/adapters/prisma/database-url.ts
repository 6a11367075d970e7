/** Which store a DATABASE_URL selects; anything that is not postgres:// is an SQLite file. */
export type DatabaseProvider = 'sqlite' | 'postgresql';

/** Tells the provider from a DATABASE_URL: `postgres://` or `postgresql://` is PostgreSQL. */
export function providerOf(databaseUrl: string): DatabaseProvider {
  return /^postgres(ql)?:\/\//i.test(databaseUrl) ? 'postgresql' : 'sqlite';
}

/** The file path of an SQLite URL (`file:./data/utfall.db` or a bare path). */
export function sqliteFilePath(databaseUrl: string): string {
  return databaseUrl.startsWith('file:') ? databaseUrl.slice('file:'.length) : databaseUrl;
}
