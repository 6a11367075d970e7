// The rules that span rows of a figures file: a key appears once, an item is
// defined the same way on every row, parent items exist, organisations are known,
// and a deviation is not stored beside the actual and budget it derives from.
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
  readonly line: number;
}

interface Group {
  readonly measures: Map<string, number>;
}

/** Feed rows with `check`; call `finish` once for the rules that need every row. */
export class FigureImportChecker {
  private readonly keys = new Map<string, number>();
  readonly items = new Map<string, ItemDefinition>();
  private readonly groups = new Map<string, Group>();

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
    const key = [row.organisation, period, row.item, row.measure, row.breakdownGroup, row.breakdown].join('\u0000');
    const earlier = this.keys.get(key);
    if (earlier !== undefined) {
      problems.push({ line: row.line, column: 'measure', reason: `duplicate key: ${row.organisation} / ${period} / ${row.item} / ${row.measure}${row.breakdown ? ` / ${row.breakdown}` : ''} is already on line ${earlier}` });
    } else {
      this.keys.set(key, row.line);
    }
    const itemKey = `${row.organisation}\u0000${row.item}`;
    const definition = this.items.get(itemKey);
    if (!definition) {
      this.items.set(itemKey, { organisation: row.organisation, name: row.item, parentItem: row.parentItem, kind: row.kind, order: row.order, better: row.better, line: row.line });
    } else {
      for (const [column, mine, theirs] of [
        ['kind', row.kind, definition.kind],
        ['parent_item', row.parentItem, definition.parentItem],
        ['order', String(row.order), String(definition.order)],
        ['better', row.better, definition.better],
      ] as const) {
        if (mine !== theirs) {
          problems.push({ line: row.line, column, reason: `"${mine}" contradicts line ${definition.line}, which defines ${row.item} with ${column} "${theirs}"` });
        }
      }
    }
    const groupKey = [row.organisation, period, row.item, row.breakdownGroup, row.breakdown].join('\u0000');
    const group = this.groups.get(groupKey) ?? { measures: new Map<string, number>() };
    group.measures.set(row.measure, row.line);
    this.groups.set(groupKey, group);
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
    for (const group of this.groups.values()) {
      const storedTwice = (reported: string, from: readonly [string, string], derivation: string): void => {
        const line = group.measures.get(reported);
        if (line !== undefined && group.measures.has(from[0]) && group.measures.has(from[1])) {
          problems.push({ line, column: 'measure', reason: `${reported} is derived from ${from[0]} and ${from[1]} (lines ${group.measures.get(from[0])} and ${group.measures.get(from[1])}), ${derivation}; store it only when the report gives the deviation alone` });
        }
      };
      storedTwice('deviation', ['actual', 'budget'], 'so it would be stored twice');
      storedTwice('forecast_deviation', ['forecast', 'budget_full_year'], 'so it would be stored twice');
    }
    return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  }
}
