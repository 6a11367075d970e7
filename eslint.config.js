// Lint rules that keep the architecture honest (docs/architecture.md): the core
// (figures, questions, the number guard, drafting) depends only on its own interfaces,
// never on a channel, HTTP, the model SDK or Prisma; adapters stay apart from each
// other; only the app wires them together.
import tseslint from 'typescript-eslint';
import layers from './eslint-rules/layers.js';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'src/adapters/prisma/generated/', 'data/', 'coverage/', '.tmp/'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'src/**/*.mjs'],
    plugins: { utfall: { rules: { layers } } },
    rules: { 'utfall/layers': 'error' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@slack/*', '@microsoft/*', 'openai', 'openai/*', '@prisma/*', 'pg', 'better-sqlite3', 'express', 'node:http', 'node:https'], message: 'The core must not import adapter libraries; declare an interface in the core and implement it in an adapter.' },
          ],
        },
      ],
    },
  },
);
