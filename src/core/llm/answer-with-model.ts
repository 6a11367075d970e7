// The model path: the model answers through read-only lookups, and its text is
// shown only if the guard verifies every number in it. One repair round names the
// numbers that failed; after that, or on any model failure, the offline engine's
// answer is shown. The user always gets an answer; it is never an invented number.
import type { Answer, Derivation, Fact, Quote } from '../answering/answer.js';
import type { Question } from '../questions/answer-question.js';
import { describeRejections, guardModelText, type GuardRejection } from '../guard/guard-model-text.js';
import { ChatModelError, type ChatMessage, type ChatModel, type ToolMode } from './chat-model.js';
import { readJsonReply } from './json-tool-protocol.js';
import { fillPrompt, inLanguage, type Prompts } from './prompts.js';
import { runToolCall } from './run-tool-call.js';
import type { ModelTool, ToolContext } from './tools/model-tool.js';
import { toolSpecs } from './tools/tool-registry.js';

/** What the model path logs; the adapter decides where it goes. */
export interface ModelLog {
  info(event: string, details: Record<string, unknown>): void;
  warn(event: string, details: Record<string, unknown>): void;
}

export interface ModelAnswerDependencies {
  readonly model: ChatModel;
  readonly prompts: Prompts;
  readonly tools: readonly ModelTool[];
  readonly toolMode: ToolMode | 'auto';
  readonly log: ModelLog;
  /** Tool rounds before the model must answer. */
  readonly maxToolRounds?: number;
}

interface Evidence {
  facts: Fact[];
  derivations: Derivation[];
  quotes: Quote[];
  names: string[];
  lookups: number;
}

/** Answers `question` with the model; `offline` is the answer shown whenever the model's cannot be. */
export async function answerWithModel(dependencies: ModelAnswerDependencies, context: ToolContext, question: Question, offline: Answer): Promise<Answer> {
  const { model, prompts, log } = dependencies;
  const language = offline.language;
  const specs = toolSpecs(dependencies.tools);
  let toolMode: ToolMode = dependencies.toolMode === 'json' ? 'json' : 'native';
  const system = inLanguage(prompts.answerSystem, language).replace('{{home}}', context.home.name);
  const messages: ChatMessage[] = [{ role: 'system', content: toolMode === 'json' ? `${system}\n\n${fillPrompt(prompts.jsonTools, { tools: JSON.stringify(specs, null, 1) })}` : system }, { role: 'user', content: question.text }];
  const evidence: Evidence = { facts: [], derivations: [], quotes: [], names: [], lookups: 0 };
  const fallback = (reason: string, rejected: readonly GuardRejection[] = [], checked = 0): Answer => {
    log.warn('model_answer_replaced_by_offline', { reason, model: model.name, rejected });
    return { ...offline, guard: { checked: offline.guard.checked + checked, verified: offline.guard.verified + checked - rejected.length, rejected: [...offline.guard.rejected, ...rejected.map((entry) => `${entry.text} (${entry.reason})`)] } };
  };
  const ask = async (): Promise<{ text: string | null; calls: readonly { id: string; name: string; arguments: string }[] }> => {
    try {
      const reply = await model.complete({ messages, tools: specs, toolMode });
      if (toolMode === 'json' && reply.content !== null) {
        const read = readJsonReply(reply.content, messages.length);
        return { text: read.answer, calls: read.toolCalls };
      }
      return { text: reply.content, calls: reply.toolCalls };
    } catch (error) {
      // A server without a tool parser: switch to the JSON protocol once and ask again.
      if (error instanceof ChatModelError && error.code === 'tools_unsupported' && toolMode === 'native' && dependencies.toolMode === 'auto') {
        toolMode = 'json';
        messages[0] = { role: 'system', content: `${system}\n\n${fillPrompt(prompts.jsonTools, { tools: JSON.stringify(specs, null, 1) })}` };
        return ask();
      }
      throw error;
    }
  };

  try {
    let repaired = false;
    for (let round = 0; round <= (dependencies.maxToolRounds ?? 4) + 1; round += 1) {
      const { text, calls } = await ask();
      if (calls.length > 0) {
        messages.push(toolMode === 'json' ? { role: 'assistant', content: JSON.stringify({ tool_calls: calls.map((call) => ({ name: call.name, arguments: safeJson(call.arguments) })) }) } : { role: 'assistant', content: text, toolCalls: calls });
        for (const call of calls) {
          const outcome = await runToolCall(call, dependencies.tools, context);
          evidence.lookups += 1;
          evidence.facts.push(...outcome.facts);
          evidence.derivations.push(...outcome.derivations);
          evidence.quotes.push(...outcome.quotes);
          evidence.names.push(...outcome.names);
          const content = JSON.stringify(outcome.data);
          messages.push(toolMode === 'json' ? { role: 'user', content: `Result of ${call.name}: ${content}` } : { role: 'tool', toolCallId: call.id, content });
        }
        continue;
      }
      if (text === null || text.trim() === '') return fallback('empty_reply');
      // Without a lookup the model has no figures of ours: whatever it says is not Utfall's answer.
      if (evidence.lookups === 0) return fallback('no_lookup');
      // Lookups that found no figures leave nothing to phrase: "no data" and clarifying
      // questions are the offline engine's, with their options.
      if (evidence.facts.length === 0 && evidence.quotes.length === 0) return fallback('no_facts');
      const guard = guardModelText(text, evidence, { question: question.text });
      if (guard.rejected.length === 0) {
        log.info('model_answer_verified', { model: model.name, checked: guard.checked, lookups: evidence.lookups, repaired });
        return {
          status: 'answered',
          text: text.trim(),
          facts: dedupe(evidence.facts),
          derivations: dedupe([...evidence.derivations, ...guard.recomputed]),
          quotes: dedupe(evidence.quotes),
          names: [...new Set(evidence.names)].filter((name) => name !== '' && text.includes(name)),
          options: [],
          language,
          engine: 'llm',
          guard: { checked: guard.checked, verified: guard.verified, rejected: [] },
        };
      }
      log.warn('model_answer_rejected', { model: model.name, rejected: guard.rejected, repaired });
      if (repaired) return fallback('guard_rejected_after_repair', guard.rejected, guard.checked);
      repaired = true;
      messages.push({ role: 'assistant', content: text });
      messages.push({ role: 'user', content: fillPrompt(inLanguage(prompts.repair, language), { numbers: describeRejections(guard.rejected) }) });
    }
    return fallback('too_many_tool_rounds');
  } catch (error) {
    const code = error instanceof ChatModelError ? error.code : 'unexpected';
    log.warn('model_failed', { model: model.name, code, message: (error as Error)?.message });
    return fallback(`model_failed:${code}`);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function dedupe<T>(values: readonly T[]): T[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = JSON.stringify(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
