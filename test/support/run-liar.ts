// Runs the lying model (lying-model.ts) through the real model path, answering
// questions about lines of a store, and counts what the user was shown: a misquote
// (one of the liar's lying texts), a repaired model answer, or the offline answer.
// Used by the liar tests and by `npm run eval`.
import type { FigureStore } from '../../src/core/figures/figure-store.js';
import { formatPeriod } from '../../src/core/figures/period.js';
import { MODEL_TOOLS } from '../../src/core/llm/tools/tool-registry.js';
import { createAskService } from '../../src/core/answering/ask-service.js';
import { createOpenAiChatModel } from '../../src/adapters/openai/openai-chat-model.js';
import { loadPrompts } from '../../src/adapters/files/load-prompts.js';
import { startFakeOpenAiServer } from './fake-openai-server.js';
import { liarQuestion, lyingModel, type LiarStrategy } from './lying-model.js';

/** One line of one organisation in one report, asked in one language. */
export interface LiarCase {
  readonly organisation: string;
  readonly line: string;
  readonly period: string;
  readonly language: 'sv' | 'en';
}

/** What the user was shown for the questions the liar lied about (or, for 'honest', answered truthfully). */
export interface LiarTally {
  readonly strategy: LiarStrategy;
  /** Questions asked. */
  asked: number;
  /** Questions the liar told its lie about (for 'honest': answered truthfully). */
  lied: number;
  /** Lies shown to the user. Must be 0. */
  misquotesShown: number;
  /** Model answers shown that were not lies (the liar repaired its text, or told the truth). */
  modelAnswers: number;
  /** Offline answers shown instead. */
  offlineAnswers: number;
  /** Texts of the misquotes shown, for the report. */
  readonly shown: string[];
  /** For 'honest': the truthful texts the guard refused (the offline answer was shown instead), for the report. */
  readonly refused: string[];
}

const LEVELS = new Set(['actual', 'budget', 'budget_full_year', 'forecast', 'target', 'prior_year_actual']);

/**
 * Lines a liar can misquote: per organisation and report, each line (without
 * breakdown) with at least one figure of its own (a lie that needs two figures is
 * told where there are two). Taken in turn
 * from each organisation, so that every store's organisations are represented, and
 * asked alternately in Swedish and English.
 */
export async function liarCases(store: FigureStore): Promise<LiarCase[]> {
  const perOrganisation: LiarCase[][] = [];
  for (const organisation of [...(await store.listOrganisations())].sort((a, b) => a.name.localeCompare(b.name, 'sv'))) {
    if (/ hos | at | per | doing /i.test(organisation.name)) continue;
    const items = await store.listLineItems([organisation.id]);
    const figures = await store.listFigures({ organisationIds: [organisation.id] });
    const groups = new Map<string, Set<string>>();
    for (const figure of figures) {
      if (figure.breakdown !== '' || !LEVELS.has(figure.measure)) continue;
      const key = `${figure.lineItemId}|${formatPeriod(figure.period)}`;
      groups.set(key, (groups.get(key) ?? new Set()).add(figure.value.abs().toString()));
    }
    const cases: LiarCase[] = [];
    for (const [key, values] of groups) {
      if (values.size < 1) continue;
      const [itemId, period] = key.split('|');
      const item = items.find((candidate) => candidate.id === Number(itemId));
      if (!item || / hos | at | per | doing /i.test(item.name)) continue;
      cases.push({ organisation: organisation.name, line: item.name, period: period!, language: 'sv' });
    }
    if (cases.length > 0) perOrganisation.push(cases.sort((a, b) => a.period.localeCompare(b.period) || a.line.localeCompare(b.line, 'sv')));
  }
  const interleaved: LiarCase[] = [];
  for (let index = 0; interleaved.length < perOrganisation.reduce((total, cases) => total + cases.length, 0); index += 1) {
    for (const cases of perOrganisation) if (cases[index]) interleaved.push(cases[index]!);
  }
  return interleaved.map((entry, index) => ({ ...entry, language: index % 2 === 0 ? 'sv' : 'en' }));
}

/**
 * Asks `cases` in order through the model path with the liar telling `strategy`
 * until it has lied about `wanted` questions (or the cases run out), and counts what
 * was shown. The store is read as the operator reads it (no scope).
 */
export async function runLiar(store: FigureStore, strategy: LiarStrategy, cases: readonly LiarCase[], wanted: number): Promise<LiarTally> {
  const liar = lyingModel(strategy);
  const server = await startFakeOpenAiServer({ policy: liar.policy });
  const tally: LiarTally = { strategy, asked: 0, lied: 0, misquotesShown: 0, modelAnswers: 0, offlineAnswers: 0, shown: [], refused: [] };
  try {
    const log = { info: () => {}, warn: () => {} };
    const model = createOpenAiChatModel({ model: 'fake-liar', baseURL: server.baseURL, apiKey: 'liar', timeoutMs: 5000, maxRetries: 0 });
    const service = createAskService(store, { model, prompts: loadPrompts(), tools: MODEL_TOOLS, toolMode: 'native', log });
    for (const entry of cases) {
      if (tally.lied >= wanted) break;
      const question = liarQuestion(entry.language, entry.line, entry.organisation, entry.period);
      const answer = await service.askNamingHome({ text: question, homeOrganisation: entry.organisation });
      tally.asked += 1;
      const record = liar.records.get(question);
      if (!record || (strategy !== 'honest' && record.lies.size === 0)) continue;
      tally.lied += 1;
      const text = answer.text.trim();
      if (answer.engine === 'llm' && record.lies.has(text)) {
        tally.misquotesShown += 1;
        tally.shown.push(text);
      } else if (answer.engine === 'llm') tally.modelAnswers += 1;
      else {
        tally.offlineAnswers += 1;
        if (strategy === 'honest' && record.honest) tally.refused.push(record.honest);
      }
    }
  } finally {
    await server.close();
  }
  return tally;
}
