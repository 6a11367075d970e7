// The prompts in prompts/ load and pass their checks; a missing file or a missing
// placeholder stops loading with a message naming the file.
import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPrompts, PROMPTS_FOLDER } from '../../../src/adapters/files/load-prompts.js';

const folders: string[] = [];
function copy(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'utfall-prompts-'));
  cpSync(PROMPTS_FOLDER, folder, { recursive: true });
  folders.push(folder);
  return folder;
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('loadPrompts', () => {
  it('loads every prompt in both languages', () => {
    const prompts = loadPrompts();
    expect(prompts.answerSystem.sv).toContain('{{home}}');
    expect(prompts.answerSystem.en).toContain('{{home}}');
    expect(prompts.draftSystem.sv).toContain('{{missing_cause}}');
  });

  it('names a missing file', () => {
    const folder = copy();
    unlinkSync(path.join(folder, 'repair.en.md'));
    expect(() => loadPrompts(folder)).toThrow(/repair\.en\.md: missing/);
  });

  it('names a file that lost its placeholder', () => {
    const folder = copy();
    writeFileSync(path.join(folder, 'answer-system.sv.md'), 'Du är Utfall och svarar på frågor om budgeten, kort och exakt.');
    expect(() => loadPrompts(folder)).toThrow(/answer-system\.sv\.md: must contain \{\{home\}\}/);
  });
});
