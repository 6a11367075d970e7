// A draft phrased by the model from the offline draft's facts and notes, under the
// same guard as answers; it must keep the missing-cause markers. On any failure,
// the offline draft is the draft.
import { describeRejections, guardModelText, type GuardRejection } from '../guard/guard-model-text.js';
import { ChatModelError, type ChatMessage } from '../llm/chat-model.js';
import type { ModelAnswerDependencies } from '../llm/answer-with-model.js';
import { fillPrompt, inLanguage } from '../llm/prompts.js';
import { describeAccumulatedPeriod } from '../figures/period.js';
import { MISSING_CAUSE, type ComposedDraft } from './compose-draft.js';
import { draftMessages } from './messages/messages.js';

/** The draft's text, its engine and what the guard found. */
export interface DraftText {
  readonly text: string;
  readonly engine: 'offline' | 'llm';
  readonly guard: { readonly checked: number; readonly verified: number; readonly rejected: readonly string[] };
}

/** Phrases `draft` with the model when it passes the guard; else the offline text. */
export async function draftWithModel(dependencies: ModelAnswerDependencies, draft: ComposedDraft): Promise<DraftText> {
  const { model, prompts, log } = dependencies;
  const marker = MISSING_CAUSE[draft.language];
  const system = fillPrompt(inLanguage(prompts.draftSystem, draft.language), {
    organisation: draft.organisation.name,
    period: describeAccumulatedPeriod(draft.period, draft.language),
    missing_cause: marker,
    examples: prompts.draftExamples,
  });
  const material = {
    organisation: draft.organisation.name,
    facts: draft.facts,
    derivations: draft.derivations,
    notes: draft.quotes.map((quote) => ({ line: quote.item, author: quote.author, quotedText: quote.text })),
    linesWithoutRecordedCause: draft.missingCauses,
    referenceDraft: draft.text,
  };
  const messages: ChatMessage[] = [
    { role: 'system', content: system },
    { role: 'user', content: `${JSON.stringify(material)}\n\n${draftMessages(draft.language).writeTheDraft()}` },
  ];
  const offline = (reason: string, rejected: readonly GuardRejection[] = []): DraftText => {
    log.warn('model_draft_replaced_by_offline', { reason, model: model.name, rejected });
    return { text: draft.text, engine: 'offline', guard: { checked: 0, verified: 0, rejected: rejected.map((entry) => `${entry.text} (${entry.reason})`) } };
  };
  try {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const reply = await model.complete({ messages, tools: [], toolMode: 'native' });
      const text = reply.content?.trim() ?? '';
      if (text === '') return offline('empty_reply');
      const guard = guardModelText(text, draft);
      const missingMarkers = draft.missingCauses.length > 0 && !text.includes(marker);
      if (guard.rejected.length === 0 && !missingMarkers) return { text, engine: 'llm', guard: { checked: guard.checked, verified: guard.verified, rejected: [] } };
      if (attempt === 1) return offline(missingMarkers ? 'missing_cause_marker_dropped' : 'guard_rejected_after_repair', guard.rejected);
      messages.push({ role: 'assistant', content: text });
      const numbers = describeRejections(guard.rejected);
      messages.push({ role: 'user', content: `${guard.rejected.length > 0 ? fillPrompt(inLanguage(prompts.repair, draft.language), { numbers }) : ''}${missingMarkers ? `\n${draftMessages(draft.language).keepTheMarker(marker)}` : ''}` });
    }
    return offline('unreachable');
  } catch (error) {
    return offline(`model_failed:${error instanceof ChatModelError ? error.code : 'unexpected'}`);
  }
}
