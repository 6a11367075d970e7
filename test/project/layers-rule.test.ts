// The layering lint rule (eslint-rules/layers.js, issue 15) run through ESLint with the
// project's own configuration on probe sources placed, by file name, in each layer: an
// import across a forbidden line is an error naming the rule, an allowed one is not,
// and the real sources pass.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const eslint = new ESLint({ cwd: root });

/** The layer-rule messages for `source` linted as if it were the file `file` (relative to the root). */
async function layerErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return result!.messages.filter((message) => message.ruleId === 'utfall/layers').map((message) => message.message);
}

describe('the layers lint rule', () => {
  it('refuses an import from the core into an adapter', async () => {
    const errors = await layerErrors('src/core/questions/probe.ts', "import { createPrismaFigureStore } from '../../adapters/prisma/prisma-figure-store.js';\nexport const probe = createPrismaFigureStore;\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('the core imports only the core');
  });

  it('refuses a type-only import from the core into the app', async () => {
    const errors = await layerErrors('src/core/probe.ts', "import type { Config } from '../app/config/load-config.js';\nexport type Probe = Config;\n");
    expect(errors).toHaveLength(1);
  });

  it('refuses Node I/O in the core, with or without the node: prefix', async () => {
    const errors = await layerErrors('src/core/figures/probe.ts', "import { readFileSync } from 'node:fs';\nimport path from 'path';\nexport const probe = [readFileSync, path];\n");
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('no Node built-in');
  });

  it('refuses an import between two adapters, and from an adapter into the app', async () => {
    const between = await layerErrors('src/adapters/prisma/probe.ts', "import { createTeamsChannel } from '../teams/create-teams-channel.js';\nexport const probe = createTeamsChannel;\n");
    expect(between).toEqual([expect.stringContaining('adapters do not import each other (adapters/prisma imports adapters/teams)')]);
    const intoApp = await layerErrors('src/adapters/slack/probe.ts', "export { loadConfig } from '../../app/config/load-config.js';\n");
    expect(intoApp).toEqual([expect.stringContaining('an adapter does not import the app')]);
  });

  it('refuses a dynamic import across the line as well', async () => {
    const errors = await layerErrors('src/adapters/web/probe.ts', "export const probe = () => import('../charts/render-deviation-chart.js');\n");
    expect(errors).toHaveLength(1);
  });

  it('refuses platform code that reaches into an adapter', async () => {
    const errors = await layerErrors('src/platform/probe.ts', "export { createOpenAiChatModel } from '../adapters/openai/openai-chat-model.js';\n");
    expect(errors).toHaveLength(1);
  });

  it('lets each layer import what lies beneath it', async () => {
    const allowed: [string, string][] = [
      ['src/core/questions/probe.ts', "import { itemKey } from '../figures/item-key.js';\nexport const probe = itemKey;\n"],
      ['src/adapters/slack/probe.ts', "import { itemKey } from '../../core/figures/item-key.js';\nimport { PROJECT_ROOT } from '../../platform/project-root.js';\nimport { readFileSync } from 'node:fs';\nexport const probe = [itemKey, PROJECT_ROOT, readFileSync];\n"],
      ['src/app/services/probe.ts', "import { createPrismaFigureStore } from '../../adapters/prisma/prisma-figure-store.js';\nimport { createTeamsChannel } from '../../adapters/teams/create-teams-channel.js';\nexport const probe = [createPrismaFigureStore, createTeamsChannel];\n"],
    ];
    for (const [file, source] of allowed) expect(await layerErrors(file, source), file).toEqual([]);
  });

  it('finds no crossing in the sources as they are', async () => {
    const results = await eslint.lintFiles(['src/**/*.ts']);
    expect(results.length).toBeGreaterThan(100);
    const crossings = results.flatMap((result) => result.messages.filter((message) => message.ruleId === 'utfall/layers').map((message) => `${path.relative(root, result.filePath)}: ${message.message}`));
    expect(crossings).toEqual([]);
  });
});
