#!/usr/bin/env node
// Creates a migration for both providers from the change to prisma/schema.prisma.
// `prisma migrate dev` needs a shadow database, which the embedded setup has no
// use for, so each provider keeps a copy of the schema its last migration was made
// from (schema.last.prisma) and `prisma migrate diff` writes the SQL between them.
// Usage: npm run db:migration -- <name>   (PostgreSQL from scripts/start-postgres.sh must be up:
// its schema engine connects even for a diff between two schema files)
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:migration -- <name_in_snake_case>');
  process.exit(2);
}
mkdirSync(path.join(root, 'data', 'tmp'), { recursive: true });
const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
const providers = [
  { dir: 'sqlite', schema: path.join('prisma', 'schema.prisma'), url: 'file:./data/tmp/migration.db' },
  { dir: 'postgresql', schema: path.join('prisma', 'postgresql', 'schema.prisma'), url: process.env.MIGRATION_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:55432/postgres' },
];
for (const provider of providers) {
  const folder = path.join(root, 'prisma', 'migrations', provider.dir);
  const last = path.join(folder, 'schema.last.prisma');
  const from = existsSync(last) ? ['--from-schema-datamodel', last] : ['--from-empty'];
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'scripts', 'prisma-cli.mjs'), 'migrate', 'diff', ...from, '--to-schema-datamodel', provider.schema, '--script'],
    { cwd: root, env: { ...process.env, DATABASE_URL: provider.url }, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    process.stderr.write(result.stderr);
    process.exit(1);
  }
  const sql = result.stdout.replace(/^Loaded Prisma config.*\n/m, '').trimStart();
  if (sql.trim() === '' || /This is an empty migration/.test(sql)) {
    console.log(`${provider.dir}: no schema change`);
    continue;
  }
  const target = path.join(folder, `${stamp}_${name}`);
  mkdirSync(target, { recursive: true });
  writeFileSync(path.join(target, 'migration.sql'), sql);
  writeFileSync(path.join(folder, 'migration_lock.toml'), `provider = "${provider.dir}"\n`);
  copyFileSync(path.join(root, provider.schema), last);
  console.log(`${provider.dir}: wrote ${path.relative(root, target)}/migration.sql`);
}
