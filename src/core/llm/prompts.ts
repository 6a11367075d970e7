// The prompt texts the model layer uses. They live as files in prompts/ (read by
// src/adapters/files/load-prompts.ts); the core only fills in their placeholders.
import { z } from 'zod';
import type { Language } from '../answering/answer.js';

const text = (placeholders: readonly string[]) =>
  z
    .string()
    .min(20, 'is empty or too short')
    .refine((value) => placeholders.every((placeholder) => value.includes(`{{${placeholder}}}`)), { message: `must contain ${placeholders.map((placeholder) => `{{${placeholder}}}`).join(', ')}` });

const perLanguage = (placeholders: readonly string[]) => z.object({ sv: text(placeholders), en: text(placeholders) });

/** Every prompt, checked when loaded: present, non-empty, with its placeholders. */
export const promptsSchema = z.object({
  answerSystem: perLanguage(['home']),
  repair: perLanguage(['numbers']),
  draftSystem: perLanguage(['organisation', 'period', 'missing_cause', 'examples']),
  draftExamples: text([]),
  jsonTools: text(['tools']),
});
export type Prompts = z.infer<typeof promptsSchema>;

/** Fills `{{name}}` placeholders. */
export function fillPrompt(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The prompt for a language. */
export function inLanguage(prompt: { sv: string; en: string }, language: Language): string {
  return prompt[language];
}
