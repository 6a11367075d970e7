// Reads prompts/ once at start and checks every file with the core's schema, so a
// missing or broken prompt stops the start with a message naming the file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectPath } from '../../platform/project-root.js';
import { promptsSchema, type Prompts } from '../../core/llm/prompts.js';

export const PROMPTS_FOLDER = projectPath('prompts');

const FILES = {
  answerSystem: { sv: 'answer-system.sv.md', en: 'answer-system.en.md' },
  repair: { sv: 'repair.sv.md', en: 'repair.en.md' },
  draftSystem: { sv: 'draft-system.sv.md', en: 'draft-system.en.md' },
  draftExamples: 'draft-examples.sv.md',
  jsonTools: 'json-tools.md',
} as const;

/** The prompts from `folder` (default prompts/); throws naming every missing or invalid file. */
export function loadPrompts(folder: string = PROMPTS_FOLDER): Prompts {
  const problems: string[] = [];
  const read = (file: string): string => {
    try {
      return readFileSync(path.join(folder, file), 'utf8');
    } catch {
      problems.push(`${file}: missing`);
      return '';
    }
  };
  const raw = Object.fromEntries(
    Object.entries(FILES).map(([key, file]) => [key, typeof file === 'string' ? read(file) : { sv: read(file.sv), en: read(file.en) }]),
  );
  const parsed = promptsSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [key, language] = issue.path as [keyof typeof FILES, 'sv' | 'en' | undefined];
      const file = FILES[key];
      problems.push(`${typeof file === 'string' ? file : language ? file[language] : key}: ${issue.message}`);
    }
  }
  if (problems.length > 0) throw new Error(`prompts/ is incomplete:\n${[...new Set(problems)].map((line) => `- ${line}`).join('\n')}`);
  return parsed.data!;
}
