// Every lookup the model may call, in one list. Adding a tool is adding a file and a line here.
import { z } from 'zod';
import type { ToolSpec } from '../chat-model.js';
import { findOrganisationTool } from './find-organisation-tool.js';
import { lineFiguresTool } from './line-figures-tool.js';
import { listLinesTool } from './list-lines-tool.js';
import type { ModelTool } from './model-tool.js';
import { notesTool } from './notes-tool.js';
import { offlineAnswerTool } from './offline-answer-tool.js';
import { rankDeviationsTool } from './rank-deviations-tool.js';

export const MODEL_TOOLS: readonly ModelTool[] = [offlineAnswerTool, lineFiguresTool, rankDeviationsTool, notesTool, listLinesTool, findOrganisationTool] as readonly ModelTool[];

// Converting zod schemas to JSON Schema takes milliseconds; the tools never change, so it is done once per list.
const specsOf = new WeakMap<readonly ModelTool[], readonly ToolSpec[]>();

/** The tools as the model sees them: JSON Schema from the zod schemas, computed once per list of tools. */
export function toolSpecs(tools: readonly ModelTool[] = MODEL_TOOLS): readonly ToolSpec[] {
  let specs = specsOf.get(tools);
  if (!specs) {
    specs = Object.freeze(tools.map((tool) => Object.freeze({ name: tool.name, description: tool.description, parameters: z.toJSONSchema(tool.input, { io: 'input' }) as Record<string, unknown> })));
    specsOf.set(tools, specs);
  }
  return specs;
}
