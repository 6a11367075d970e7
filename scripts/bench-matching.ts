// Matching benchmark: the cost of the Swedish stemmer and of the typo test
// (isNearWord) over the words the matcher really compares — the names and aliases of
// every organisation and the names of every line item in the sample data and the other
// municipalities' reports (test/fixtures/reports), as `npm run eval` loads them — and,
// for the typo test, each name word against four misspellings of every name word (two
// letters swapped, one dropped, one doubled, one replaced). Prints ns per word and per
// pair. Where a candidate library is installed (`npm install --no-save <package>`),
// it is timed on the same words and its disagreements with ours are counted; see
// docs/decisions/0014-stemmer-and-edit-distance.md for why ours are kept.
// Usage: npm run bench:matching [-- --rounds 200]
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPrismaClient } from '../src/adapters/prisma/prisma-client.js';
import { ensureStoreReady } from '../src/app/services/ensure-store-ready.js';
import { createPrismaFigureStore } from '../src/adapters/prisma/prisma-figure-store.js';
import { importReportFixtures } from '../src/app/evaluation/import-report-fixtures.js';
import { foldedWords } from '../src/core/language/fold-text.js';
import { swedishStemUncached } from '../src/core/language/swedish-stem.js';
import { editDistance, isNearWord, toleratedEdits } from '../src/core/language/edit-distance.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const roundsAt = process.argv.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(process.argv[roundsAt + 1]) : 200;
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a whole number of at least 1, not "${process.argv[roundsAt + 1]}"`);

const directory = mkdtempSync(path.join(os.tmpdir(), 'utfall-bench-matching-'));
const connection = createPrismaClient(`file:${path.join(directory, 'bench.db')}`);
let names: string[];
try {
  await ensureStoreReady(connection);
  await importReportFixtures(connection, path.join(root, 'test', 'fixtures', 'reports'));
  const catalogue = await createPrismaFigureStore(connection.prisma).loadCatalogue();
  names = [...catalogue.organisations.flatMap((organisation) => [organisation.name, ...organisation.aliases]), ...catalogue.lineItems.map((item) => item.name)];
} finally {
  await connection.prisma.$disconnect();
  rmSync(directory, { recursive: true, force: true });
}

const words = names.flatMap(foldedWords);
const distinct = [...new Set(words)];
const nameWords = distinct.filter((word) => word.length >= 4);
const misspelt = nameWords.flatMap((word) => {
  const middle = Math.floor(word.length / 2);
  return [
    word.slice(0, middle - 1) + word[middle] + word[middle - 1] + word.slice(middle + 1),
    word.slice(0, middle) + word.slice(middle + 1),
    word.slice(0, middle) + word[middle] + word.slice(middle),
    `${word.slice(0, middle)}x${word.slice(middle + 1)}`,
  ];
});
const asked = [...nameWords, ...misspelt];
console.log(`${names.length} names and aliases: ${words.length} words, ${distinct.length} distinct; typo test: ${asked.length} asked words × ${nameWords.length} name words`);

function nanosecondsPer(count: number, run: () => void): number {
  run();
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / count;
}

// A package that is not a dependency: loaded only when installed for the comparison.
const require = createRequire(import.meta.url);
async function optional<T>(name: string, load: (module: Record<string, unknown>) => T): Promise<T | null> {
  try {
    return load((await import(name)) as Record<string, unknown>);
  } catch {
    return null;
  }
}

type Stemmer = (word: string) => string;
const stemmers: [string, Stemmer | null][] = [
  ['ours (swedish-stem.ts)', swedishStemUncached],
  ['@orama/stemmers/swedish', await optional('@orama/stemmers/swedish', (module) => module.stemmer as Stemmer)],
  ['snowball-stemmers', await optional('snowball-stemmers', (module) => {
    // CommonJS: its exports arrive as named exports or as the default, depending on the loader.
    const exports = (module.default ?? module) as { newStemmer(language: string): { stem: Stemmer } };
    const stemmer = exports.newStemmer('swedish');
    return (word: string) => stemmer.stem(word);
  })],
  ['@nlpjs/lang-sv', await optional('@nlpjs/lang-sv', (module) => {
    const stemmer = new ((module.default ?? module) as { StemmerSv: new () => { stemWord: Stemmer } }).StemmerSv();
    return (word: string) => stemmer.stemWord(word);
  })],
];
console.log('\nstemmer                              ns/word   stems of the distinct words');
for (const [name, stem] of stemmers) {
  if (!stem) {
    console.log(`${name.padEnd(36)} not installed`);
    continue;
  }
  const ns = nanosecondsPer(rounds * words.length, () => {
    for (let round = 0; round < rounds; round += 1) for (const word of words) stem(word);
  });
  console.log(`${name.padEnd(36)} ${ns.toFixed(0).padStart(7)}   ${new Set(distinct.map(stem)).size} for ${distinct.length}`);
}

type Near = (word: string, target: string) => boolean;
// A candidate's swap-aware distance behind the same Levenshtein pre-check as ours, so only the distance differs.
const withLimit = (distance: (a: string, b: string, limit: number) => number): Near => (word, target) => {
  const limit = toleratedEdits(Math.min(word.length, target.length));
  return Math.abs(word.length - target.length) <= limit && distance(word, target, limit) <= limit;
};
const talisman = (() => {
  try {
    return require('talisman/metrics/damerau-levenshtein') as { limited(max: number, a: string, b: string): number };
  } catch {
    return null;
  }
})();
const nearTests: [string, Near | null][] = [
  ['ours (isNearWord)', isNearWord],
  ['ours, alignment only (editDistance)', withLimit(editDistance)],
  ['talisman limited', talisman ? withLimit((a, b, limit) => talisman.limited(limit, a, b)) : null],
];
console.log('\ntypo test                            ns/pair   near pairs   differ from ours');
for (const [name, near] of nearTests) {
  if (!near) {
    console.log(`${name.padEnd(36)} not installed`);
    continue;
  }
  let nearPairs = 0;
  let differ = 0;
  for (const word of asked) {
    for (const target of nameWords) {
      const result = near(word, target);
      if (result) nearPairs += 1;
      if (result !== isNearWord(word, target)) differ += 1;
    }
  }
  const ns = nanosecondsPer(asked.length * nameWords.length, () => {
    for (const word of asked) for (const target of nameWords) near(word, target);
  });
  console.log(`${name.padEnd(36)} ${ns.toFixed(0).padStart(7)}   ${String(nearPairs).padStart(10)}   ${String(differ).padStart(16)}`);
}
