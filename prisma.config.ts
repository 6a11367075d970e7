// Configuration for the Prisma CLI (not used at run time).
//
// Prisma 6.19 runs its schema engine as WebAssembly when `engine: 'js'` is set and
// a driver adapter is given, so no engine binary is downloaded: the machines here
// reach only the npm registry. The npm scripts also set PRISMA_QUERY_ENGINE_LIBRARY
// and PRISMA_SCHEMA_ENGINE_BINARY to an existing file so that nothing tries to.
// See docs/decisions/0001-prisma-6-with-driver-adapters.md.
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';

const databaseUrl = process.env.DATABASE_URL ?? 'file:./data/utfall.db';
const isPostgres = /^postgres(ql)?:\/\//.test(databaseUrl);

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: isPostgres ? path.join('prisma', 'postgresql', 'schema.prisma') : path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations', isPostgres ? 'postgresql' : 'sqlite') },
  async adapter() {
    if (isPostgres) return new PrismaPg({ connectionString: databaseUrl });
    return new PrismaBetterSQLite3({ url: databaseUrl });
  },
});
