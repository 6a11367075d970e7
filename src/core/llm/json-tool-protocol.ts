// The JSON fallback for servers without native tool calling: the model answers
// with one JSON object, either lookup requests or the final answer, which zod
// validates. Anything else is treated as a final answer in plain text.
import { z } from 'zod';
import type { ToolCall } from './chat-model.js';

const jsonReplySchema = z.union([
  z.object({ tool_calls: z.array(z.object({ name: z.string(), arguments: z.record(z.string(), z.unknown()).default({}) })).min(1) }),
  z.object({ answer: z.string() }),
]);

/** Reads a JSON-mode reply: tool calls, or the answer text. */
export function readJsonReply(content: string, turn: number): { toolCalls: ToolCall[]; answer: string | null } {
  const trimmed = content.trim().replace(/^```(?:json)?\s*/i, '').replace(/```\s*$/, '');
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return { toolCalls: [], answer: content };
  }
  const parsed = jsonReplySchema.safeParse(value);
  if (!parsed.success) return { toolCalls: [], answer: content };
  if ('answer' in parsed.data) return { toolCalls: [], answer: parsed.data.answer };
  return { toolCalls: parsed.data.tool_calls.map((call, index) => ({ id: `json_${turn}_${index}`, name: call.name, arguments: JSON.stringify(call.arguments) })), answer: null };
}
