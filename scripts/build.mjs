// Builds what `npm start` and `npm run cli` run: src/ bundled by esbuild into dist/,
// so a start loads a few files of plain JavaScript instead of compiling TypeScript
// through tsx (seconds per start). Run by `npm ci` (postinstall, after the Prisma
// clients are generated: they are bundled too), by `npm test` before any test, and by
// `npm run build` after an edit.
//
// - Packages from node_modules stay external: Node loads them as installed (native
//   modules, Prisma's query compiler) and only when a module that imports them runs.
// - Code splitting keeps `import()` lazy: what a dynamic import loads (Slack, Teams,
//   the chart renderer, exceljs, the model SDK) is a chunk of its own, loaded when used.
// - Every output sits straight in dist/, no subfolders, so a built module finds
//   dist/answer-worker.js (the answering worker thread's entry) next to itself.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist');

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    main: 'src/app/server/main.ts',
    cli: 'src/app/cli/start-cli.ts',
    'answer-worker': 'src/app/server/answering/answer-worker-main.ts',
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunk-[hash]',
  sourcemap: 'linked',
  // A stack trace (for a developer, in the log) names the source's functions.
  keepNames: true,
  logLevel: 'warning',
});
