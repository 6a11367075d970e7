// Utfall's configuration: one zod schema, checked once at start. Only the
// composition roots (src/cli/main.ts, later src/main.ts) pass process.env in.
import os from 'node:os';
import { z } from 'zod';

const configSchema = z.object({
  DATABASE_URL: z.string().min(1).default('file:./data/utfall.db'),
  UTFALL_USER: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3978),
});

/** The validated configuration. */
export interface Config {
  readonly databaseUrl: string;
  /** Who runs CLI commands (recorded on import batches). */
  readonly user: string;
  /** The server's port. */
  readonly port: number;
}

/** Validates `env`; throws one message listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `- ${String(issue.path[0])}: ${issue.message}`);
    throw new Error(`Utfall's configuration is invalid:\n${lines.join('\n')}`);
  }
  return { databaseUrl: parsed.data.DATABASE_URL, user: parsed.data.UTFALL_USER ?? os.userInfo().username, port: parsed.data.PORT };
}
