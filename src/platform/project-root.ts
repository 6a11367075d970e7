// Where Utfall's files beside the code live (prompts/, prisma/migrations/, data/samples/,
// the web chat's page). Found by walking up from this module to the folder that holds
// package.json, so the answer is the same whether the code runs from src/ (tsx, the
// tests) or bundled into dist/ (npm start, the CLI), where it sits at another depth.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectRoot(start: string): string {
  for (let folder = start; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, 'package.json'))) return folder;
    if (path.dirname(folder) === folder) throw new Error(`Utfall's folder (with package.json) not found above ${start}`);
  }
}

/** The folder with Utfall's package.json: the checkout or the installed copy. */
export const PROJECT_ROOT = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

/** A path inside the project folder. */
export function projectPath(...segments: string[]): string {
  return path.join(PROJECT_ROOT, ...segments);
}
