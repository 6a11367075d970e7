// npm test runs on PostgreSQL only the test files that can reach the test database
// (scripts/tests-using-database.mjs). A file that uses the store must be among them, or
// PostgreSQL would go untested for it; a file that never opens it need not run twice.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const listed = execFileSync(process.execPath, [path.join(root, 'scripts', 'tests-using-database.mjs')], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);

function testFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : testFiles(full);
    return entry.name.endsWith('.test.ts') ? [path.relative(root, full)] : [];
  });
}
const all = testFiles(path.join(root, 'test'));

describe('the test files run on both databases', () => {
  it('are test files that exist, some but not all of them', () => {
    expect(listed.length).toBeGreaterThan(10);
    expect(listed.length).toBeLessThan(all.length);
    for (const file of listed) expect(existsSync(path.join(root, file)), file).toBe(true);
  });

  it('include every test file that creates a test store itself', () => {
    const direct = all.filter((file) => /support\/test-store\.js'/.test(readFileSync(path.join(root, file), 'utf8')));
    expect(direct.length).toBeGreaterThan(10);
    expect(direct.filter((file) => !listed.includes(file))).toEqual([]);
  });

  it('include a file that reaches the store only through a shared helper', () => {
    // Found from the imports: a test whose own text names no test store but whose helper does.
    const indirect = listed.filter((file) => !/test-store|UTFALL_TEST_DATABASE|UTFALL_TEST_POSTGRES/.test(readFileSync(path.join(root, file), 'utf8')));
    expect(indirect.length).toBeGreaterThan(0);
  });

  it('leave out a pure core test', () => {
    expect(all).toContain('test/core/numbers/decimal.test.ts');
    expect(listed).not.toContain('test/core/numbers/decimal.test.ts');
  });
});
