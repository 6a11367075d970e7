// CLI start benchmark: one `ask` as a user runs it, a whole process each time, over
// repeated runs, on a store of its own (a temporary SQLite file with the sample data,
// loaded before the first counted run). Measures, in turn, run by run:
//   npm run -s cli -- ask …        what the README tells users to type (dist/cli.js)
//   node dist/cli.js ask …         the built CLI without npm
//   node --import tsx src/app/cli/start-cli.ts ask …   the sources through tsx, as
//                                  `npm run cli` ran before the build (--no-tsx skips it)
// and prints the median, minimum and maximum of the wall time and of the CPU time each
// process used (user + system, from /proc on Linux). Target: `ask` under 1,5 s.
// Usage: npm run bench:cli [-- --runs 10] [--no-tsx]
// dist/ is built first (npm run build), so the figures are for the current sources.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 10;
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1, not "${process.argv[runsAt + 1]}"`);
const TARGET_S = 1.5;
const QUESTION = ['ask', '--org', 'Kommunstyrelsen', 'Hur ligger vi till mot budget på personalkostnaderna?'];

const ways: { name: string; command: string; args: string[] }[] = [
  { name: 'npm run -s cli -- ask', command: 'npm', args: ['run', '-s', 'cli', '--', ...QUESTION] },
  { name: 'node dist/cli.js ask', command: process.execPath, args: [path.join(root, 'dist', 'cli.js'), ...QUESTION] },
  ...(process.argv.includes('--no-tsx') ? [] : [{ name: 'tsx src/app/cli/start-cli.ts ask', command: process.execPath, args: ['--import', 'tsx', path.join(root, 'src', 'app', 'cli', 'start-cli.ts'), ...QUESTION] }]),
];

// CPU time of this process's finished children, in seconds: /proc/self/stat's cutime + cstime.
const ticksPerSecond = 100;
function childrenCpuSeconds(): number | null {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) / ticksPerSecond;
  } catch {
    return null;
  }
}

const seconds = (value: number) => `${value.toFixed(2).replace('.', ',')} s`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) throw new Error('npm run build failed');
const directory = mkdtempSync(path.join(os.tmpdir(), 'utfall-bench-cli-'));
const env = { ...process.env, DATABASE_URL: `file:${path.join(directory, 'bench.db')}`, LOG_LEVEL: 'warn' };
try {
  const wall = new Map(ways.map((way) => [way.name, [] as number[]]));
  const cpu = new Map(ways.map((way) => [way.name, [] as number[]]));
  // Warm-up, not counted: the first run migrates the store and loads the sample data, and fills the file cache.
  for (const way of ways) {
    const result = spawnSync(way.command, way.args, { cwd: root, env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${way.name} failed:\n${result.stderr}`);
  }
  for (let run = 0; run < runs; run += 1) {
    // In turn, run by run, so a machine that gets busier or calmer weighs on each the same.
    for (const way of ways) {
      const cpuBefore = childrenCpuSeconds();
      const started = process.hrtime.bigint();
      const result = spawnSync(way.command, way.args, { cwd: root, env, encoding: 'utf8' });
      const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
      const cpuAfter = childrenCpuSeconds();
      if (result.status !== 0) throw new Error(`${way.name} failed:\n${result.stderr}`);
      wall.get(way.name)!.push(elapsed);
      if (cpuBefore !== null && cpuAfter !== null) cpu.get(way.name)!.push(cpuAfter - cpuBefore);
    }
  }
  console.log(`ask from the CLI, ${runs} runs each after one warm-up, ${os.cpus().length} cores, load average ${os.loadavg().map((value) => value.toFixed(1)).join(' ')}`);
  for (const way of ways) {
    const times = wall.get(way.name)!;
    const cpuTimes = cpu.get(way.name)!;
    const cpuText = cpuTimes.length > 0 ? `; CPU median ${seconds(median(cpuTimes))}` : '';
    console.log(`${way.name.padEnd(32)} wall median ${seconds(median(times))} (min ${seconds(Math.min(...times))}, max ${seconds(Math.max(...times))})${cpuText}`);
  }
  console.log(`target: npm run -s cli -- ask under ${seconds(TARGET_S)} (median wall time)`);
} finally {
  rmSync(directory, { recursive: true, force: true });
}
