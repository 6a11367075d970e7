// Runs one tool call from the model: unknown tools and invalid arguments get a
// precise error back (the model may try again); valid calls run read-only lookups.
import type { ToolCall } from './chat-model.js';
import type { ModelTool, ToolContext, ToolOutcome } from './tools/model-tool.js';
import { toolError } from './tools/model-tool.js';

/** The outcome of `call`, never throwing for the model's mistakes. */
export async function runToolCall(call: ToolCall, tools: readonly ModelTool[], context: ToolContext): Promise<ToolOutcome> {
  const tool = tools.find((candidate) => candidate.name === call.name);
  if (!tool) return toolError(`Unknown tool "${call.name}". Available: ${tools.map((candidate) => candidate.name).join(', ')}.`);
  let raw: unknown;
  try {
    raw = call.arguments.trim() === '' ? {} : JSON.parse(call.arguments);
  } catch {
    return toolError(`The arguments of ${call.name} are not valid JSON: ${call.arguments.slice(0, 200)}`);
  }
  const parsed = tool.input.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(arguments)'}: ${issue.message}`);
    return toolError(`Invalid arguments for ${call.name}: ${problems.join('; ')}`);
  }
  return tool.run(parsed.data, context);
}
