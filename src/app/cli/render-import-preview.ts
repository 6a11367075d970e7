// Renders what `import --check` found for people: the trees the file touches as
// they would be, each statement as `figures` shows it, and every arithmetic check.
import { buildStatement } from '../../core/figures/build-statement.js';
import { formatPeriod } from '../../core/figures/period.js';
import { formatAmount } from '../../core/numbers/format-swedish.js';
import type { ImportPreview } from '../../adapters/prisma/import-into-store.js';
import { renderStatementTable } from './render-statement.js';

const OUTCOME_WORDS = { agrees: 'agrees', rounding: 'rounding', warning: 'WARNING' } as const;

/** The preview as text. */
export function renderImportPreview(preview: ImportPreview): string {
  const lines: string[] = [];
  const organisations = preview.organisations;
  for (const treeId of preview.treeIds) {
    const root = organisations.find((organisation) => organisation.id === treeId);
    if (!root) continue;
    lines.push(`Tree ${root.name}${preview.newTrees.includes(root.name) ? ' (new)' : ''}:`);
    const print = (parentId: number, depth: number): void => {
      for (const organisation of organisations.filter((candidate) => candidate.parentId === parentId)) {
        lines.push(`${'  '.repeat(depth)}${organisation.name} (${organisation.kind}${organisation.aliases.length > 0 ? `; ${organisation.aliases.join(', ')}` : ''})`);
        print(organisation.id, depth + 1);
      }
    };
    lines.push(`  ${root.name} (${root.kind}${root.aliases.length > 0 ? `; ${root.aliases.join(', ')}` : ''})`);
    print(root.id, 2);
    lines.push('');
  }
  for (const statement of preview.statements) {
    lines.push(renderStatementTable(buildStatement(statement)), '');
  }
  lines.push(`${preview.checks.length} checks of printed figures:`);
  for (const check of preview.checks) {
    const what = `${check.organisation} ${formatPeriod(check.period)} ${check.item}${check.breakdown ? ` (${check.breakdown})` : ''} ${check.measure}${check.reference ? ` @${formatPeriod(check.reference)}` : ''}`;
    const printed = formatAmount(check.reported, check.unit, { decimals: check.decimals });
    const computed = formatAmount(check.computed, check.unit, { decimals: check.decimals });
    lines.push(`  ${OUTCOME_WORDS[check.outcome].padEnd(8)} ${what}: printed ${printed}; ${check.formula} = ${computed} [${check.relation}; line ${check.lines.join(', ')}]`);
  }
  return lines.join('\n');
}
