// Renders the import checks of an organisation's report period for people: one
// line per check (what was printed, what the arithmetic gives, the file lines) and
// the figures flagged as contradictions in the report.
import { formatAmount } from '../../core/numbers/format-swedish.js';
import type { FlaggedFigure, ListedCheck } from '../../adapters/prisma/read-figure-checks.js';

const OUTCOME_WORDS: Readonly<Record<ListedCheck['outcome'], string>> = {
  agrees: 'agrees',
  rounding: 'rounding',
  warning: 'WARNING',
};

/** The checks and flags as text; says so when there are none. */
export function renderChecks(title: string, checks: readonly ListedCheck[], flagged: readonly FlaggedFigure[]): string {
  const lines = [title];
  if (checks.length === 0) lines.push('  no checks recorded (the import found no relation between the printed figures to check)');
  for (const check of checks) {
    const what = `${check.item}${check.breakdown ? ` (${check.breakdown})` : ''} ${check.measure}${check.reference ? ` @${check.reference}` : ''}`;
    const printed = formatAmount(check.reported, check.unit, { decimals: check.decimals });
    const computed = formatAmount(check.computed, check.unit, { decimals: check.decimals });
    const replaced = check.current ? '' : ' (the figure has since been replaced)';
    lines.push(`  ${OUTCOME_WORDS[check.outcome].padEnd(8)} ${what}: printed ${printed}; ${check.formula} = ${computed} [${check.relation}; ${check.fileName} line ${check.lines.join(', ')}]${replaced}`);
  }
  if (flagged.length > 0) {
    lines.push('', 'Flagged as contradictions in the report:');
    for (const figure of flagged) lines.push(`  ${figure.item}${figure.breakdown ? ` (${figure.breakdown})` : ''} ${figure.measure}: ${figure.flag}`);
  }
  return lines.join('\n');
}
