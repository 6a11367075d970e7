// The question set's format (test/questions/question-set.json): a question, who
// asks it, and what a right answer must contain.
import { z } from 'zod';
import { INTENTS } from '../../core/questions/reading/read-question.js';

export const expectedFactSchema = z.object({
  org: z.string(),
  item: z.string(),
  measure: z.string(),
  period: z.string(),
  breakdown: z.string().optional(),
});

export const questionCaseSchema = z.object({
  id: z.string(),
  asker_org: z.string(),
  question: z.string(),
  language: z.enum(['sv', 'en']),
  intent: z.enum(INTENTS),
  expect: z.object({
    status: z.enum(['answered', 'no_data', 'clarify']),
    facts: z.array(expectedFactSchema).optional(),
    text_includes: z.array(z.string()).optional(),
  }),
  why: z.string().optional(),
  /** Generalisation sets: which half the case is in (the holdout half is frozen) and which failure class it tests. */
  split: z.enum(['train', 'holdout']).optional(),
  class: z.string().optional(),
});
export type QuestionCase = z.infer<typeof questionCaseSchema>;
export const questionSetSchema = z.array(questionCaseSchema).min(1);
