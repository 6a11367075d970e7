// The command line in a test, two ways:
// - runCli: in this process, through runProgram (src/app/cli/main.ts) with its own output
//   streams and exit code: the same commands, without a Node start per command.
// - runCliProcess: `node dist/cli.js` in a process of its own, as `npm run cli` runs it,
//   for what only a process shows (stdin, exit codes, a second writer, the build itself).
//   vitest's global setup (test/support/build-dist.ts) builds dist/ before any test.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runProgram } from '../../src/app/cli/main.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUILT_CLI = path.join(ROOT, 'dist', 'cli.js');

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** Runs one command in this process, with the environment given on top of this process's. */
export async function runCli(args: readonly string[], env: Record<string, string | undefined>): Promise<CliResult> {
  const stdout = collect();
  const stderr = collect();
  const status = await runProgram(args, { env: { ...process.env, ...env }, stdout: stdout.stream, stderr: stderr.stream });
  // What was written is read on the next turn of the event loop.
  await new Promise((resolve) => setImmediate(resolve));
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}

/** Runs the built CLI as its own process; `input` is written to its stdin. Fakes served by this process keep answering meanwhile. */
export function runCliProcess(args: readonly string[], env: Record<string, string | undefined>, input?: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUILT_CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env }, timeout: 120_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}
