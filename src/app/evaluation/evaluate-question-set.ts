// Runs the question set against an AskService and grades every answer: status,
// language, the facts it must carry, the words it must show, and any number in
// its text that no fact or derivation backs.
import { readFileSync } from 'node:fs';
import type { LocalAskService } from '../../core/answering/ask-service.js';
import type { Answer } from '../../core/answering/answer.js';
import { checkAnswerNumbers } from '../../core/guard/check-answer-numbers.js';
import { questionSetSchema, type QuestionCase } from './question-case.js';

/** One graded case. */
export interface CaseResult {
  readonly case: QuestionCase;
  readonly answer: Answer;
  readonly passed: boolean;
  readonly failures: readonly string[];
  readonly unbackedNumbers: readonly string[];
  readonly milliseconds: number;
}

/** Reads and validates a question set file. */
export function loadQuestionSet(file: string): QuestionCase[] {
  return questionSetSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

// Spaces, minus signs and case as a reader sees them, so "70 328" matches "70 328".
function normalise(text: string): string {
  return text.replace(/[\u00A0\u202F]/g, ' ').replace(/\u2212/g, '-').toLocaleLowerCase('sv-SE');
}

/** Grades one answer against its case. */
export function gradeAnswer(questionCase: QuestionCase, answer: Answer): { failures: string[]; unbackedNumbers: string[] } {
  const failures: string[] = [];
  const { expect } = questionCase;
  if (answer.status !== expect.status) failures.push(`status ${answer.status}, expected ${expect.status}`);
  if (answer.language !== questionCase.language) failures.push(`language ${answer.language}, expected ${questionCase.language}`);
  for (const fact of expect.facts ?? []) {
    const found = answer.facts.some((candidate) => candidate.org === fact.org && candidate.item === fact.item && candidate.measure === fact.measure && candidate.period === fact.period && (fact.breakdown === undefined || candidate.breakdown === fact.breakdown));
    if (!found) failures.push(`missing fact ${fact.org} / ${fact.item} / ${fact.measure} / ${fact.period}${fact.breakdown ? ` / ${fact.breakdown}` : ''}`);
  }
  const text = normalise(answer.text);
  for (const wanted of expect.text_includes ?? []) {
    if (!text.includes(normalise(wanted))) failures.push(`text lacks "${wanted}"`);
  }
  const unbackedNumbers = checkAnswerNumbers(answer).rejected.map((number) => number.text);
  if (unbackedNumbers.length > 0) failures.push(`unbacked numbers: ${unbackedNumbers.join(', ')}`);
  return { failures, unbackedNumbers };
}

/** Asks every question and grades the answers. */
export async function evaluateQuestionSet(service: LocalAskService, cases: readonly QuestionCase[]): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const questionCase of cases) {
    const started = performance.now();
    const answer = await service.askNamingHome({ text: questionCase.question, homeOrganisation: questionCase.asker_org });
    const milliseconds = performance.now() - started;
    const { failures, unbackedNumbers } = gradeAnswer(questionCase, answer);
    results.push({ case: questionCase, answer, passed: failures.length === 0, failures, unbackedNumbers, milliseconds });
  }
  return results;
}

/** Pass rates per intent and per asker organisation, and the unbacked number count, as printable lines. */
export function summariseResults(results: readonly CaseResult[]): { lines: string[]; passRate: number; unbacked: number } {
  const lines: string[] = [];
  const rate = (subset: readonly CaseResult[]) => (subset.length === 0 ? 0 : subset.filter((result) => result.passed).length / subset.length);
  const percent = (value: number) => `${(value * 100).toFixed(1).replace('.', ',')} %`;
  const group = (title: string, key: (result: CaseResult) => string) => {
    lines.push(title);
    const keys = [...new Set(results.map(key))].sort();
    for (const value of keys) {
      const subset = results.filter((result) => key(result) === value);
      lines.push(`  ${value.padEnd(28)} ${String(subset.filter((result) => result.passed).length).padStart(4)}/${String(subset.length).padEnd(4)} ${percent(rate(subset)).padStart(8)}`);
    }
  };
  if (results.some((result) => result.case.class !== undefined)) group('per class', (result) => result.case.class ?? '(none)');
  group('per intent', (result) => result.case.intent);
  group('per organisation', (result) => result.case.asker_org);
  group('per language', (result) => result.case.language);
  const unbacked = results.reduce((sum, result) => sum + result.unbackedNumbers.length, 0);
  const passRate = rate(results);
  lines.push(`total ${results.filter((result) => result.passed).length}/${results.length} = ${percent(passRate)}; numbers in answers not backed by facts: ${unbacked}`);
  return { lines, passRate, unbacked };
}
