// Validates one row of a figures file (docs/import-format.md) with zod and turns
// it into a typed row. Cross-row rules (duplicates, deviations stored twice,
// unknown organisations) are checked by FigureImportChecker.
import { z } from 'zod';
import { parseSwedishNumber } from '../numbers/parse-swedish-number.js';
import { toScaledInteger } from '../numbers/scaled-integer.js';
import { UNITS } from '../numbers/units.js';
import { betterSchema, defaultBetter, itemKindSchema, isCostKind, measureSchema, type Better, type ItemKind, type Measure } from '../figures/vocabulary.js';
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
  unit: z.string().trim().pipe(z.enum(UNITS, { error: `must be one of ${UNITS.join(', ')}` })),
  better: z.union([z.literal(''), betterSchema]).optional().default(''),
  breakdown_group: optionalText,
  breakdown: optionalText,
  made_in: z.union([z.literal(''), periodTextSchema]).optional().default(''),
  source: z.string().trim().min(1, 'is empty: name the source document'),
  section: z.string().trim().min(1, 'is empty: name the section of the source document'),
  remark: optionalText,
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
  readonly decimals: number;
  readonly better: Better;
  readonly breakdownGroup: string;
  readonly breakdown: string;
  readonly madeIn: Period | null;
  readonly source: string;
  readonly section: string;
  readonly remark: string;
}

const SIGNED_MEASURES: readonly Measure[] = ['actual', 'budget', 'budget_full_year', 'forecast', 'prior_year_actual', 'prior_year_full_year'];

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
  try {
    const value = parseSwedishNumber(raw.value);
    valueE4 = toScaledInteger(value, raw.unit);
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
      unit: raw.unit,
      decimals: decimalsWritten(raw.value),
      better,
      breakdownGroup: raw.breakdown_group,
      breakdown: raw.breakdown,
      madeIn: raw.made_in === '' ? null : parsePeriod(raw.made_in),
      source: raw.source,
      section: raw.section,
      remark: raw.remark,
    },
  };
}
