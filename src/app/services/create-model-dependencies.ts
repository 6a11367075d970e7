// Builds the model layer from configuration: the openai adapter, the prompts from
// prompts/, every lookup tool and the log. Null when no model is configured.
import type { Config } from '../config/load-config.js';
import type { ModelAnswerDependencies } from '../../core/llm/answer-with-model.js';
import type { ChatModel } from '../../core/llm/chat-model.js';
import { MODEL_TOOLS } from '../../core/llm/tools/tool-registry.js';
import { loadPrompts } from '../../adapters/files/load-prompts.js';
import { modelLogOn, type Logger } from '../../platform/create-logger.js';
import type { OpenAiChatModelOptions } from '../../adapters/openai/openai-chat-model.js';

// The openai SDK takes a while to load: it is loaded with the first question the model
// is asked, so a start or a command that never asks one does not wait for it.
function openAiChatModelLoadedOnFirstUse(options: OpenAiChatModelOptions): ChatModel {
  let model: Promise<ChatModel> | undefined;
  return {
    name: options.model,
    complete: async (request) => (await (model ??= import('../../adapters/openai/openai-chat-model.js').then((module) => module.createOpenAiChatModel(options)))).complete(request),
  };
}

/** The model path's dependencies, or null for the offline engine alone. */
export function createModelDependencies(config: Config, logger: Logger): ModelAnswerDependencies | null {
  if (!config.llm) return null;
  const { model, baseURL, apiKey, timeoutMs, maxRetries, toolMode } = config.llm;
  logger.info({ model, baseURL: baseURL ?? '(openai default)', timeoutMs, maxRetries, toolMode }, 'model layer on');
  return {
    model: openAiChatModelLoadedOnFirstUse({ model, baseURL, apiKey, timeoutMs, maxRetries }),
    prompts: loadPrompts(),
    tools: MODEL_TOOLS,
    toolMode,
    log: modelLogOn(logger),
  };
}
