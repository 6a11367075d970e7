// Prints the failed tests of Vitest JSON reports (written by scripts/test-all.sh) as the last
// thing npm test shows. Why: CI keeps only the tail of the output, and a SQLite failure scrolled
// out of it behind the PostgreSQL pass, so a failed run said "FAILED" and nothing about what.
// Usage: node scripts/print-test-failures.mjs <label>=<report.json> ...
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const MESSAGE_LINES = 12;

/** The first lines of a failure message, without terminal colours. */
function shorten(message) {
  return message
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    // Vitest's own frames say nothing about the failure.
    .filter((line) => !line.includes('node_modules/') && !line.includes('new Promise (<anonymous>)'))
    .slice(0, MESSAGE_LINES)
    .map((line) => `      ${line}`)
    .join('\n');
}

let failures = 0;
for (const argument of process.argv.slice(2)) {
  const [label, file] = argument.split(/=(.*)/s);
  if (!file || !existsSync(file)) {
    console.log(`${label}: no report was written (${file ?? 'no file given'})`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  for (const suite of report.testResults ?? []) {
    const name = path.relative(process.cwd(), suite.name);
    const failed = (suite.assertionResults ?? []).filter((test) => test.status === 'failed');
    // A file that failed outside any test (an import error, a hook) has a message and no failed test.
    if (suite.status === 'failed' && failed.length === 0) {
      failures += 1;
      console.log(`${label}: ${name}\n${shorten(suite.message || 'the file failed outside its tests')}`);
    }
    for (const test of failed) {
      failures += 1;
      console.log(`${label}: ${name} > ${test.fullName}\n${shorten((test.failureMessages ?? []).join('\n'))}`);
    }
  }
}
if (failures === 0) console.log('no failed test in the reports');
