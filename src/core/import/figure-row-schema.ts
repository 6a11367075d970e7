// Validates one row of a figures file (docs/import-format.md) with zod and turns
// it into a typed row. Cross-row rules (duplicates, unknown organisations, items
// defined two ways) are checked by FigureImportChecker, the arithmetic between
// rows by crossCheckFigures.
import { z } from 'zod';
import { parseSwedishNumber } from '../numbers/parse-swedish-number.js';
import { toScaledInteger } from '../numbers/scaled-integer.js';
import { UNITS } from '../numbers/units.js';
import { readWrittenUnit, WRITTEN_UNIT_NAMES } from '../numbers/written-units.js';
import { shiftDecimalPoint } from '../numbers/shift-decimal-point.js';
import { betterSchema, CHANGE_MEASURES, totalOfSchema, type TotalOf, defaultBetter, itemKindSchema, isCostKind, LEVEL_MEASURES, measureSchema, PERCENT_MEASURES, type Better, type ItemKind, type Measure } from '../figures/vocabulary.js';
import { periodTextSchema, parsePeriod, type Period } from '../figures/period.js';
import type { Unit } from '../numbers/units.js';
import type { ImportProblem } from './import-problem.js';

const optionalText = z.string().trim().optional().default('');

const rawFigureRowSchema = z.object({
  organisation: z.string().trim().min(1, 'is empty: name an organisation'),
  period: periodTextSchema,
  item: z.string().trim().min(1, 'is empty: name the line item'),
  parent_item: optionalText,
  kind: z.string().trim().pipe(itemKindSchema),
  order: z.string().trim().regex(/^-?\d{1,9}$/, 'must be a whole number (the line\'s place in the report)'),
  measure: z.string().trim().pipe(measureSchema),
  value: z.string(),
  unit: z.string().trim().refine((unit) => readWrittenUnit(unit) !== null, `is not a unit: use one of ${[...UNITS, ...WRITTEN_UNIT_NAMES].join(', ')}`),
  better: z.union([z.literal(''), betterSchema]).optional().default(''),
  breakdown_group: optionalText,
  breakdown: optionalText,
  made_in: z.union([z.literal(''), periodTextSchema]).optional().default(''),
  reference: z.union([z.literal(''), periodTextSchema]).optional().default(''),
  total: z.string().trim().pipe(totalOfSchema).optional().default(''),
  source: z.string().trim().min(1, 'is empty: name the source document'),
  report: optionalText,
  section: z.string().trim().min(1, 'is empty: name the section of the source document'),
  remark: optionalText,
  flag: optionalText,
});

/** A figures row that passed every single-row rule. */
export interface FigureRow {
  readonly line: number;
  readonly organisation: string;
  readonly period: Period;
  readonly item: string;
  readonly parentItem: string;
  readonly kind: ItemKind;
  readonly order: number;
  readonly measure: Measure;
  readonly valueE4: bigint;
  readonly unit: Unit;
  /** The unit as the file wrote it when another name or scale of `unit` (mkr, MSEK, mdkr), else empty. */
  readonly unitWritten: string;
  readonly decimals: number;
  readonly better: Better;
  readonly breakdownGroup: string;
  readonly breakdown: string;
  readonly madeIn: Period | null;
  /** The other period the figure is about, or null (see docs/import-format.md). */
  readonly reference: Period | null;
  /** What adds up to the line: its child lines and breakdowns, its sub-units' same line, or nothing. */
  readonly totalOf: TotalOf;
  readonly source: string;
  /** The report's name, or empty. */
  readonly report: string;
  readonly section: string;
  readonly remark: string;
  /** A flagged note on a contradiction in the report, or empty. */
  readonly flag: string;
}

// Amounts a cost line must carry negative. Targets are left out: a KPI has no cost sign.
const SIGNED_MEASURES: readonly Measure[] = LEVEL_MEASURES.filter((measure) => measure !== 'target' && measure !== 'target_full_year');

function decimalsWritten(text: string): number {
  const match = /[.,](\d+)\s*$/.exec(text.trim());
  return match ? match[1]!.length : 0;
}

function zodReason(issue: z.core.$ZodIssue, record: Record<string, string | undefined>): string {
  const column = String(issue.path[0] ?? '');
  const given = record[column];
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `"${given ?? ''}" is not allowed: use one of ${(issue.values as unknown[]).join(', ')}`;
  }
  if (issue.code === 'invalid_type' && given === undefined) return 'is missing';
  return given === undefined || given === '' ? issue.message : `"${given}" ${issue.message}`;
}

/** Validates one raw row (column → cell text); returns the row or its problems. */
export function parseFigureRow(line: number, record: Record<string, string | undefined>): { row: FigureRow } | { problems: ImportProblem[] } {
  const parsed = rawFigureRowSchema.safeParse(record);
  const problems: ImportProblem[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ line, column: String(issue.path[0] ?? '') || null, reason: zodReason(issue, record) });
    }
    return { problems };
  }
  const raw = parsed.data;
  const kind = raw.kind;
  const better = raw.better === '' ? defaultBetter(kind) : raw.better;
  if (better === null) problems.push({ line, column: 'better', reason: 'is empty: a KPI must say whether higher or lower is better' });
  let valueE4: bigint | null = null;
  const written = readWrittenUnit(raw.unit)!;
  const unit = written.unit;
  try {
    const value = parseSwedishNumber(raw.value);
    valueE4 = toScaledInteger(shiftDecimalPoint(value, written.shift), unit);
    if (isCostKind(kind) && SIGNED_MEASURES.includes(raw.measure) && value.greaterThan(0)) {
      problems.push({ line, column: 'value', reason: `"${raw.value}" is positive, but costs are negative in the canonical format (income and results positive, costs negative)` });
    }
  } catch (error) {
    problems.push({ line, column: 'value', reason: `"${raw.value}" is not a number: ${(error as Error).message}` });
  }
  if (raw.breakdown === '' && raw.breakdown_group !== '') {
    problems.push({ line, column: 'breakdown', reason: `is empty although breakdown_group is "${raw.breakdown_group}"` });
  }
  if (raw.made_in !== '' && raw.measure !== 'forecast' && raw.measure !== 'forecast_deviation') {
    problems.push({ line, column: 'made_in', reason: `is only for forecasts, not for measure ${raw.measure}` });
  }
  if (PERCENT_MEASURES.includes(raw.measure) && unit !== '%') {
    problems.push({ line, column: 'unit', reason: `"${raw.unit}" is not allowed for ${raw.measure}, which is a percentage: use %` });
  }
  if ((raw.measure === 'change' || raw.measure === 'change_percent') && raw.reference === '') {
    problems.push({ line, column: 'reference', reason: `is empty: a ${raw.measure} must name the period it is compared with (YYYY-MM)` });
  }
  if (raw.reference !== '' && raw.reference === raw.period && !CHANGE_MEASURES.includes(raw.measure)) {
    problems.push({ line, column: 'reference', reason: `"${raw.reference}" is the row's own period: leave reference empty for a figure of the report period` });
  }
  if (problems.length > 0 || valueE4 === null || better === null) return { problems };
  return {
    row: {
      line,
      organisation: raw.organisation,
      period: parsePeriod(raw.period),
      item: raw.item,
      parentItem: raw.parent_item,
      kind,
      order: Number(raw.order),
      measure: raw.measure,
      valueE4,
      unit,
      unitWritten: raw.unit === unit ? '' : raw.unit,
      decimals: Math.max(0, decimalsWritten(raw.value) - written.shift),
      better,
      breakdownGroup: raw.breakdown_group,
      breakdown: raw.breakdown,
      madeIn: raw.made_in === '' ? null : parsePeriod(raw.made_in),
      reference: raw.reference === '' ? null : parsePeriod(raw.reference),
      totalOf: raw.total,
      source: raw.source,
      report: raw.report,
      section: raw.section,
      remark: raw.remark,
      flag: raw.flag,
    },
  };
}
