// Prints the test files whose outcome can depend on the test database, one per line:
// those that import test/support/test-store.ts (directly or through other test files)
// or read UTFALL_TEST_DATABASE / UTFALL_TEST_POSTGRES_URL themselves. `npm test` runs
// every file on SQLite and only these again on PostgreSQL: the others (pure core, message
// catalogues, renderers, lint probes) never open the test database, so a second run would
// repeat the same test. Computed from the imports, so a new test that uses the store runs
// on both databases without anyone listing it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const testRoot = path.join(root, 'test');
const STORE = path.join(testRoot, 'support', 'test-store.ts');
const IMPORT = /(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g;

function sources(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : sources(full);
    return /\.(ts|mts|mjs)$/.test(entry.name) ? [full] : [];
  });
}

const files = sources(testRoot);
const text = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));

function importsOf(file) {
  return [...text.get(file).matchAll(IMPORT)].map((match) => {
    const target = path.resolve(path.dirname(file), match[1]);
    return target.endsWith('.js') && text.has(`${target.slice(0, -3)}.ts`) ? `${target.slice(0, -3)}.ts` : target;
  });
}

// Depth first over the test folder's imports; a file seen once in this walk has had its whole subtree looked at.
function reachesDatabase(file, seen = new Set()) {
  if (!text.has(file) || seen.has(file)) return false;
  seen.add(file);
  const body = text.get(file);
  return file === STORE || body.includes('UTFALL_TEST_DATABASE') || body.includes('UTFALL_TEST_POSTGRES') || importsOf(file).some((target) => target.startsWith(testRoot) && reachesDatabase(target, seen));
}

const tests = files.filter((file) => file.endsWith('.test.ts')).sort();
const using = tests.filter((file) => reachesDatabase(file));
if (process.argv.includes('--summary')) console.log(`${using.length} of ${tests.length} test files use the test database`);
else for (const file of using) console.log(path.relative(root, file));
