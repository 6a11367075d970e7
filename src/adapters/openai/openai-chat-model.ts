// The ChatModel on the openai SDK: OpenAI, Azure OpenAI, Ollama, vLLM and
// llama.cpp's server all speak this protocol. Our own timeout and retry bounds
// replace the SDK's defaults (ten minutes, two retries), and every failure becomes
// a ChatModelError with a code.
import OpenAI from 'openai';
import type { ChatCompletionMessageParam, ChatCompletionTool } from 'openai/resources/chat/completions';
import { ChatModelError, type ChatMessage, type ChatModel, type ChatReply, type ToolSpec } from '../../core/llm/chat-model.js';

export interface OpenAiChatModelOptions {
  readonly model: string;
  readonly baseURL?: string | undefined;
  readonly apiKey?: string | undefined;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  readonly temperature?: number;
}

function toWire(message: ChatMessage): ChatCompletionMessageParam {
  if (message.role === 'tool') return { role: 'tool', tool_call_id: message.toolCallId, content: message.content };
  if (message.role === 'assistant') {
    return {
      role: 'assistant',
      content: message.content,
      ...(message.toolCalls && message.toolCalls.length > 0
        ? { tool_calls: message.toolCalls.map((call) => ({ id: call.id, type: 'function' as const, function: { name: call.name, arguments: call.arguments } })) }
        : {}),
    };
  }
  return { role: message.role, content: message.content };
}

function toolOf(spec: ToolSpec): ChatCompletionTool {
  return { type: 'function', function: { name: spec.name, description: spec.description, parameters: spec.parameters } };
}

function classify(error: unknown): ChatModelError {
  if (error instanceof ChatModelError) return error;
  if (error instanceof OpenAI.APIUserAbortError || (error instanceof Error && error.name === 'TimeoutError')) return new ChatModelError('timeout', 'the model did not finish in time', { cause: error });
  if (error instanceof OpenAI.APIConnectionTimeoutError) return new ChatModelError('timeout', 'the model did not answer in time', { cause: error });
  if (error instanceof OpenAI.APIConnectionError) return new ChatModelError('connection', `cannot reach the model server: ${error.message}`, { cause: error });
  if (error instanceof OpenAI.RateLimitError) return new ChatModelError('rate_limited', 'the model server is rate limiting (429)', { cause: error });
  if (error instanceof OpenAI.BadRequestError) {
    // Servers without a tool parser reject tools or tool_choice with a 400.
    const tools = /tool/i.test(error.message);
    return new ChatModelError(tools ? 'tools_unsupported' : 'bad_request', `the model server rejected the request: ${error.message}`, { cause: error });
  }
  if (error instanceof OpenAI.APIError && (error.status ?? 0) >= 500) return new ChatModelError('server_error', `the model server failed (${error.status})`, { cause: error });
  if (error instanceof OpenAI.APIError) return new ChatModelError('bad_request', `the model server answered ${error.status}: ${error.message}`, { cause: error });
  return new ChatModelError('bad_response', `unexpected reply from the model server: ${(error as Error)?.message ?? String(error)}`, { cause: error });
}

/** A ChatModel talking to an OpenAI-compatible endpoint. */
export function createOpenAiChatModel(options: OpenAiChatModelOptions): ChatModel {
  const client = new OpenAI({
    apiKey: options.apiKey ?? 'not-needed',
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    timeout: options.timeoutMs,
    maxRetries: options.maxRetries,
  });
  return {
    name: options.model,
    async complete({ messages, tools, toolMode }): Promise<ChatReply> {
      try {
        // The SDK's timeout ends when the response headers arrive; a server that then
        // stalls the body would hang the call. An overall deadline covers every attempt.
        const deadline = options.timeoutMs * (options.maxRetries + 1) + 1000;
        const completion = await client.chat.completions.create(
          {
            model: options.model,
            messages: messages.map(toWire),
            temperature: options.temperature ?? 0,
            ...(toolMode === 'native' && tools.length > 0 ? { tools: tools.map(toolOf), tool_choice: 'auto' as const } : {}),
          },
          { signal: AbortSignal.timeout(deadline) },
        );
        const message = completion.choices?.[0]?.message;
        if (!message) throw new ChatModelError('bad_response', 'the model server sent no choices');
        const toolCalls = (message.tool_calls ?? []).flatMap((call) => (call.type === 'function' ? [{ id: call.id, name: call.function.name, arguments: call.function.arguments ?? '' }] : []));
        return { content: message.content ?? null, toolCalls };
      } catch (error) {
        throw classify(error);
      }
    },
  };
}
