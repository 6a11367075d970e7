// What the core needs from a language model: one chat completion at a time, with
// tools. The openai adapter (src/adapters/openai) implements it for any OpenAI-compatible
// server; tests use a fake server behind the same adapter.

/** A tool call as the model wrote it; `arguments` is the raw JSON text, validated later. */
export interface ToolCall {
  readonly id: string;
  readonly name: string;
  readonly arguments: string;
}

export type ChatMessage =
  | { readonly role: 'system' | 'user'; readonly content: string }
  | { readonly role: 'assistant'; readonly content: string | null; readonly toolCalls?: readonly ToolCall[] }
  | { readonly role: 'tool'; readonly toolCallId: string; readonly content: string };

/** A tool offered to the model: JSON Schema parameters, derived from the tool's zod schema. */
export interface ToolSpec {
  readonly name: string;
  readonly description: string;
  readonly parameters: Record<string, unknown>;
}

/** The model's reply: text, tool calls, or both. */
export interface ChatReply {
  readonly content: string | null;
  readonly toolCalls: readonly ToolCall[];
}

/**
 * `native`: the server's tool calling. `json`: tools described in the prompt and
 * requested as JSON in the reply, for servers started without a tool parser.
 */
export type ToolMode = 'native' | 'json';

export interface ChatModel {
  readonly name: string;
  complete(request: { readonly messages: readonly ChatMessage[]; readonly tools: readonly ToolSpec[]; readonly toolMode: ToolMode }): Promise<ChatReply>;
}

export type ChatModelErrorCode = 'timeout' | 'rate_limited' | 'server_error' | 'bad_request' | 'bad_response' | 'connection' | 'tools_unsupported';

/** A failed model call, with a code the caller logs; the user never sees it. */
export class ChatModelError extends Error {
  constructor(
    readonly code: ChatModelErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ChatModelError';
  }
}
