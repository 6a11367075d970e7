// "Kolla siffrorna åt mig", "can you pull up a comparison?": a request that names nothing to look at is
// answered with what can be asked about the asker's organisation, in the report's own names (its result
// line, an investment, a key figure), rather than with a figure the asker did not ask for.
import type { Answer } from '../answering/answer.js';
import type { AnswerContext } from './answer-context.js';
import { defaultLine } from './default-line.js';
import { messages } from './messages/messages.js';

/** A clarifying question that says what can be asked about the context's organisation, with up to three of its lines as examples. */
export function whatToLookAt(context: AnswerContext): Answer {
  const items = context.catalogue.periodsOf(context.organisation.id).length === 0 ? [] : context.catalogue.itemsOf(context.organisation.id);
  const topLevel = items.filter((item) => item.parentId === null);
  const examples = [
    defaultLine(items),
    topLevel.find((item) => item.kind === 'investment_category' || item.kind === 'investment'),
    topLevel.find((item) => item.kind === 'kpi'),
  ].filter((item) => item !== undefined).map((item) => item.name);
  const language = context.reading.language;
  return context.builder.build('clarify', messages(language).question.whatToLookAt(context.organisation.name, examples), examples);
}
