// The one answer contract shared by the CLI, the chat channels, the guard, the model
// layer, drafting, the audit trail, tests and the evaluation: the text the chat shows,
// and the evidence (facts, derivations, quotes, names) behind every number in it. zod
// describes it once; the types come from the schema.
import { z } from 'zod';

export const ANSWER_STATUSES = ['answered', 'no_data', 'clarify', 'denied', 'error'] as const;

/** A stored figure an answer uses: the value exact, in the unit it is stored in. */
export const factSchema = z.object({
  org: z.string(),
  item: z.string(),
  measure: z.string(),
  /** YYYY-MM: the report period the figure belongs to. */
  period: z.string(),
  /** YYYY-MM: the other period the figure is about, where the report names one (a target for 2026 in a 2024 report). */
  reference: z.string().optional(),
  breakdown: z.string().optional(),
  value: z.string(),
  unit: z.string(),
  /** The report's name and section ("Delårsbokslut augusti 2024, Kommunstyrelsen › Ekonomi › Drift"); the file name where the import named no report. */
  source: z.string(),
  /** What the figure is, in the answer's language: "Utfall jan–aug 2024", "Helårsbudget 2024". */
  label: z.string().optional(),
  /** The value as the report prints it, signed, in Swedish number format: "−70 328 tkr". */
  shown: z.string().optional(),
  /** Notes on the figure: differences the import's checks found (rounding), contradictions in the report. */
  notes: z.array(z.string()).optional(),
});
export type Fact = z.infer<typeof factSchema>;

/** A number computed from facts, with the computation written out. */
export const derivationSchema = z.object({
  expression: z.string(),
  value: z.string(),
  unit: z.string(),
  /** The expression in the answer's language, for "Visa underlag". */
  label: z.string().optional(),
  /** The value as the text shows it, in Swedish number format. */
  shown: z.string().optional(),
});
export type Derivation = z.infer<typeof derivationSchema>;

/** A stored note quoted verbatim; numbers inside a quote are the note's, not Utfall's. */
export const quoteSchema = z.object({
  org: z.string(),
  item: z.string().nullable(),
  period: z.string(),
  text: z.string(),
  author: z.string(),
  source: z.string(),
});
export type Quote = z.infer<typeof quoteSchema>;

export const guardSummarySchema = z.object({
  checked: z.number().int(),
  verified: z.number().int(),
  rejected: z.array(z.string()),
});
export type GuardSummary = z.infer<typeof guardSummarySchema>;

/** What a text's numbers may come from: looked-up figures, computations over them, quoted notes, and names. */
export const evidenceSchema = z.object({
  facts: z.array(factSchema),
  derivations: z.array(derivationSchema),
  quotes: z.array(quoteSchema),
  /** Organisation and line names the text mentions; digits in them ("covid-19", "Kontogrupp 8") are names, not figures. */
  names: z.array(z.string()),
});

/** The evidence behind a text (an answer, a model's turn, a draft), read-only wherever it is passed on. */
export interface Evidence {
  readonly facts: readonly Fact[];
  readonly derivations: readonly Derivation[];
  readonly quotes: readonly Quote[];
  readonly names: readonly string[];
}

export const answerSchema = z.object({
  status: z.enum(ANSWER_STATUSES),
  text: z.string(),
  ...evidenceSchema.shape,
  /** For status clarify: the concrete options the question offers. */
  options: z.array(z.string()),
  language: z.enum(['sv', 'en']),
  engine: z.enum(['offline', 'llm']),
  guard: guardSummarySchema,
});
export type Answer = z.infer<typeof answerSchema>;
export type AnswerStatus = Answer['status'];
export type Language = Answer['language'];
