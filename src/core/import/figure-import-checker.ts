// The rules that span rows of a figures file: a key appears once, an item is
// defined the same way on every row, parent items exist, organisations are known,
// and a source document has one name. The arithmetic between rows (a printed
// deviation against forecast − budget, totals against parts) is crossCheckFigures'.
import type { FigureRow } from './figure-row-schema.js';
import type { ImportProblem } from './import-problem.js';
import { formatPeriod } from '../figures/period.js';

/** How an item is defined by the rows that mention it. */
export interface ItemDefinition {
  readonly organisation: string;
  readonly name: string;
  readonly parentItem: string;
  readonly kind: FigureRow['kind'];
  readonly order: number;
  readonly better: FigureRow['better'];
  readonly totalOf: FigureRow['totalOf'];
  readonly line: number;
}

/** Feed rows with `check`; call `finish` once for the rules that need every row. */
export class FigureImportChecker {
  private readonly keys = new Map<string, number>();
  readonly items = new Map<string, ItemDefinition>();
  /** Each source document's report name, as the first row naming it gave it. */
  readonly reportNames = new Map<string, { name: string; line: number }>();

  constructor(
    private readonly knownOrganisations: ReadonlySet<string>,
    /** Items already in the store, as `organisation\0item`, for parent_item references. */
    private readonly existingItems: ReadonlySet<string>,
  ) {}

  /** Problems this row has together with the rows before it. */
  check(row: FigureRow): ImportProblem[] {
    const problems: ImportProblem[] = [];
    if (!this.knownOrganisations.has(row.organisation)) {
      problems.push({ line: row.line, column: 'organisation', reason: `"${row.organisation}" is not a known organisation (import it in an organisations file first, or check the spelling)` });
    }
    const period = formatPeriod(row.period);
    const reference = row.reference ? formatPeriod(row.reference) : '';
    const key = [row.organisation, period, row.item, row.measure, row.breakdownGroup, row.breakdown, reference].join('\u0000');
    const earlier = this.keys.get(key);
    if (earlier !== undefined) {
      problems.push({ line: row.line, column: 'measure', reason: `duplicate key: ${row.organisation} / ${period} / ${row.item} / ${row.measure}${row.breakdown ? ` / ${row.breakdown}` : ''}${reference ? ` / ${reference}` : ''} is already on line ${earlier}` });
    } else {
      this.keys.set(key, row.line);
    }
    const itemKey = `${row.organisation}\u0000${row.item}`;
    const definition = this.items.get(itemKey);
    if (!definition) {
      this.items.set(itemKey, { organisation: row.organisation, name: row.item, parentItem: row.parentItem, kind: row.kind, order: row.order, better: row.better, totalOf: row.totalOf, line: row.line });
    } else {
      for (const [column, mine, theirs] of [
        ['kind', row.kind, definition.kind],
        ['parent_item', row.parentItem, definition.parentItem],
        ['order', String(row.order), String(definition.order)],
        ['better', row.better, definition.better],
        ['total', row.totalOf, definition.totalOf],
      ] as const) {
        if (mine !== theirs) {
          problems.push({ line: row.line, column, reason: `"${mine}" contradicts line ${definition.line}, which defines ${row.item} with ${column} "${theirs}"` });
        }
      }
    }
    if (row.report !== '') {
      const named = this.reportNames.get(row.source);
      if (!named) this.reportNames.set(row.source, { name: row.report, line: row.line });
      else if (named.name !== row.report) problems.push({ line: row.line, column: 'report', reason: `"${row.report}" contradicts line ${named.line}, which names ${row.source} "${named.name}"` });
    }
    return problems;
  }

  /** Problems that only the whole file shows. */
  finish(): ImportProblem[] {
    const problems: ImportProblem[] = [];
    for (const definition of this.items.values()) {
      if (definition.parentItem === '') continue;
      const parentKey = `${definition.organisation}\u0000${definition.parentItem}`;
      if (definition.parentItem === definition.name) {
        problems.push({ line: definition.line, column: 'parent_item', reason: `"${definition.name}" cannot be its own parent` });
      } else if (!this.items.has(parentKey) && !this.existingItems.has(parentKey)) {
        problems.push({ line: definition.line, column: 'parent_item', reason: `"${definition.parentItem}" is not a line item of ${definition.organisation} in this file or in the store` });
      }
    }
    return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  }
}
