// What Utfall can answer, with examples in the asker's language.
import type { Answer } from '../answering/answer.js';
import type { AnswerContext } from './answer-context.js';
import { messages } from './messages/messages.js';

/** The help text. It contains no figures. */
export function answerHelp(context: AnswerContext, refusedInstructions = false): Answer {
  const { builder, reading, home } = context;
  const text = messages(reading.language);
  const refusal = refusedInstructions ? `${text.refusedInstructions()}\n` : '';
  return builder.build('answered', refusal + text.help(home.name));
}
