// The weekly digest as the core composes it: platform-neutral text in sections, the
// facts and derivations behind every number in it, and the deviation chart's data.
// Channels render it (Block Kit, an Adaptive Card) and a chart renderer draws the
// chart; neither computes anything. zod describes it once; types come from the schema.
import { z } from 'zod';
import { derivationSchema, factSchema, guardSummarySchema } from '../answering/answer.js';

/** One bar of the deviation chart: a line item or sub-unit and its deviation against budget. */
export const chartBarSchema = z.object({
  label: z.string().min(1),
  /** Exact decimal text in the chart's unit, "." as decimal point ("-4.5", "12"): the deviation with the sign the report gives it. */
  value: z.string().regex(/^-?\d+(\.\d+)?$/),
  /** Whether this deviation is unfavourable (costs above budget, revenues below), so the chart can colour it. */
  unfavourable: z.boolean(),
});
export type ChartBar = z.infer<typeof chartBarSchema>;

/** What the chart shows; the renderer formats the numbers (Swedish or English) and draws. */
export const deviationChartSchema = z.object({
  title: z.string().min(1),
  /** E.g. "Prognos mot budget, mnkr" – the axis caption. */
  caption: z.string(),
  /** The money unit the values are in. */
  unit: z.enum(['kr', 'tkr', 'mnkr']),
  /** Decimals to show on bar labels (mnkr: 1, tkr: 0). */
  decimals: z.number().int().min(0).max(3),
  language: z.enum(['sv', 'en']),
  /** Largest deviation first; at most 12. */
  bars: z.array(chartBarSchema).max(12),
});
export type DeviationChart = z.infer<typeof deviationChartSchema>;

/** A block of the digest: a heading and lines of text (plain text, no markup). */
export const digestSectionSchema = z.object({
  /** Stable key: new_figures, deviations, forecast_changes, kpis_off_target, drafts_waiting, causes_missing. */
  key: z.string(),
  heading: z.string().min(1),
  lines: z.array(z.string().min(1)),
});
export type DigestSection = z.infer<typeof digestSectionSchema>;

export const digestSchema = z.object({
  /** E.g. "Veckobrev vecka 48: Kommunstyrelsen". */
  title: z.string().min(1),
  /** ISO week the digest belongs to, "2026-W48". */
  week: z.string().regex(/^\d{4}-W\d{2}$/),
  language: z.enum(['sv', 'en']),
  /** True when nothing changed since the last digest; then `summary` is the one line to send. */
  nothingNew: z.boolean(),
  /** One line that opens the digest (or is all of it when nothingNew). */
  summary: z.string().min(1),
  sections: z.array(digestSectionSchema),
  chart: deviationChartSchema.nullable(),
  facts: z.array(factSchema),
  derivations: z.array(derivationSchema),
  guard: guardSummarySchema,
});
export type Digest = z.infer<typeof digestSchema>;
