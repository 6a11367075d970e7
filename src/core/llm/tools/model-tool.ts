// The shape of a lookup the model may call: a name, a description, a zod input
// schema (also sent to the model as JSON Schema) and a read-only function. What a
// tool returns is both the data the model reads and the facts the guard allows.
import { z } from 'zod';
import type { FigureStore } from '../../figures/figure-store.js';
import type { OrganisationRecord } from '../../figures/records.js';
import type { Answer, Evidence, Language } from '../../answering/answer.js';

/** What a tool may read, and for whom. */
export interface ToolContext {
  readonly store: FigureStore;
  readonly organisations: readonly OrganisationRecord[];
  readonly home: OrganisationRecord;
  readonly language: Language;
  /** Whether the asker may see an organisation's figures (everything until people and roles exist). */
  canSee(organisationId: number): boolean;
  /** Offline answers already computed in this turn, by question text: asked again, they are not recomputed. */
  readonly answered?: ReadonlyMap<string, Answer>;
}

/** A tool's result: `data` goes to the model, the rest to the guard. */
export interface ToolOutcome extends Evidence {
  readonly data: unknown;
}

export interface ModelTool<Input extends z.ZodType = z.ZodType> {
  readonly name: string;
  readonly description: string;
  readonly input: Input;
  run(input: z.infer<Input>, context: ToolContext): Promise<ToolOutcome>;
}

/** Declares a tool with its input type inferred from the schema. */
export function defineTool<Input extends z.ZodType>(tool: ModelTool<Input>): ModelTool<Input> {
  return tool;
}

/** A result that only tells the model something went wrong, with no facts. */
export function toolError(message: string, extra: Record<string, unknown> = {}): ToolOutcome {
  return { data: { error: message, ...extra }, facts: [], derivations: [], quotes: [], names: [] };
}
