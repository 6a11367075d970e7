// Lint rules that keep the architecture honest: the core (figures, questions, the
// number guard, drafting) depends only on its own interfaces, never on a channel,
// HTTP, the model SDK or Prisma.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'src/store/generated/', 'data/', 'coverage/', '.tmp/'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@slack/*', '@microsoft/*', 'openai', 'openai/*', '@prisma/*', 'pg', 'better-sqlite3', 'express', 'node:http', 'node:https'], message: 'The core must not import adapter libraries; declare an interface in the core and implement it in an adapter.' },
            { group: ['**/store/**', '**/cli/**', '**/channels/**', '**/import/read-*'], message: 'The core must not import adapters.' },
          ],
        },
      ],
    },
  },
);
