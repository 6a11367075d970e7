// The rows of a figures file as the cross-checks read them: by organisation,
// period, line and breakdown, then by measure. Files run to millions of rows, so a
// row is kept in typed arrays (its scaled value, line, unit and decimals: 16 bytes)
// rather than as an object, and only turned into an exact decimal when a check reads it.
import { fromScaledInteger } from '../numbers/scaled-integer.js';
import { UNITS, type Unit } from '../numbers/units.js';
import { formatPeriod } from '../figures/period.js';
import { MEASURES, type Measure } from '../figures/vocabulary.js';
import type { FigureRow } from './figure-row-schema.js';
import type { Operand } from './check-arithmetic.js';

/** A printed figure as a check reads it. */
export interface Entry extends Operand {
  readonly flagged: boolean;
}

/** One organisation's line (and breakdown) in one period, with its figures by measure. */
export interface GroupView {
  readonly organisation: string;
  readonly period: string;
  readonly item: string;
  readonly breakdownGroup: string;
  readonly breakdown: string;
  /** The figure of a measure without a reference. */
  get(measure: Measure): Entry | undefined;
  /** The figures with a reference, as [measure, YYYY-MM, figure]. */
  referenced(): [Measure, string, Entry][];
}

const SEPARATOR = '\u0000';
const groupKey = (organisation: string, period: string, item: string, breakdownGroup: string, breakdown: string): string => [organisation, period, item, breakdownGroup, breakdown].join(SEPARATOR);
const SLOTS = MEASURES.length;
const MEASURE_SLOT = new Map(MEASURES.map((measure, index) => [measure, index]));
const UNIT_INDEX = new Map(UNITS.map((unit, index) => [unit, index]));

function grown<T extends Int32Array | Uint8Array | BigInt64Array>(array: T, needed: number, fill?: number): T {
  if (needed <= array.length) return array;
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
  bigger.set(array as never);
  if (fill !== undefined) (bigger as Int32Array).fill(fill, array.length);
  return bigger;
}

/** Collects rows compactly; answers the cross-checks' lookups. */
export class FigureIndex {
  private readonly groupIds = new Map<string, number>();
  private readonly keys: string[] = [];
  /** group × measure → entry, −1 where none. */
  private slots = new Int32Array(1024 * SLOTS).fill(-1);
  private readonly withReference = new Map<number, [Measure, string, number][]>();
  private values = new BigInt64Array(4096);
  private lines = new Int32Array(4096);
  private units = new Uint8Array(4096);
  private decimals = new Uint8Array(4096);
  private flags = new Uint8Array(4096);
  private count = 0;
  private byLine: Map<string, number[]> | null = null;

  add(row: FigureRow): void {
    const key = groupKey(row.organisation, formatPeriod(row.period), row.item, row.breakdownGroup, row.breakdown);
    let id = this.groupIds.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.groupIds.set(key, id);
      this.keys.push(key);
      this.slots = grown(this.slots, (id + 1) * SLOTS, -1);
      this.byLine = null;
    }
    const entry = this.count;
    this.count += 1;
    this.values = grown(this.values, this.count);
    this.lines = grown(this.lines, this.count);
    this.units = grown(this.units, this.count);
    this.decimals = grown(this.decimals, this.count);
    this.flags = grown(this.flags, this.count);
    this.values[entry] = row.valueE4;
    this.lines[entry] = row.line;
    this.units[entry] = UNIT_INDEX.get(row.unit)!;
    this.decimals[entry] = row.decimals;
    this.flags[entry] = row.flag === '' ? 0 : 1;
    if (row.reference) {
      const list = this.withReference.get(id) ?? [];
      list.push([row.measure, formatPeriod(row.reference), entry]);
      this.withReference.set(id, list);
    } else {
      this.slots[id * SLOTS + MEASURE_SLOT.get(row.measure)!] = entry;
    }
  }

  /** The group of one line in one period, if the file has it. */
  group(organisation: string, period: string, item: string, breakdownGroup: string, breakdown: string): GroupView | undefined {
    const id = this.groupIds.get(groupKey(organisation, period, item, breakdownGroup, breakdown));
    return id === undefined ? undefined : this.view(id);
  }

  /** Every group of the file. */
  *groups(): Generator<GroupView> {
    for (let id = 0; id < this.keys.length; id += 1) yield this.view(id);
  }

  /** Every group (periods, breakdowns) of one organisation's line. */
  groupsOf(organisation: string, item: string): GroupView[] {
    if (!this.byLine) {
      this.byLine = new Map();
      this.keys.forEach((key, id) => {
        const [groupOrganisation, , groupItem] = key.split(SEPARATOR);
        const line = `${groupOrganisation}${SEPARATOR}${groupItem}`;
        this.byLine!.set(line, [...(this.byLine!.get(line) ?? []), id]);
      });
    }
    return (this.byLine.get(`${organisation}${SEPARATOR}${item}`) ?? []).map((id) => this.view(id));
  }

  private entry(index: number): Entry {
    const unit: Unit = UNITS[this.units[index]!]!;
    return { value: fromScaledInteger(this.values[index]!, unit), unit, decimals: this.decimals[index]!, line: this.lines[index]!, flagged: this.flags[index] === 1 };
  }

  private view(id: number): GroupView {
    const [organisation = '', period = '', item = '', breakdownGroup = '', breakdown = ''] = this.keys[id]!.split(SEPARATOR);
    return {
      organisation,
      period,
      item,
      breakdownGroup,
      breakdown,
      get: (measure) => {
        const index = this.slots[id * SLOTS + MEASURE_SLOT.get(measure)!]!;
        return index < 0 ? undefined : this.entry(index);
      },
      referenced: () => (this.withReference.get(id) ?? []).map(([measure, reference, index]) => [measure, reference, this.entry(index)]),
    };
  }
}
