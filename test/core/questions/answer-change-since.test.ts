// Changes asked in everyday words, earlier reports named as nouns, a full-year budget asked for, and
// a short month name after an overview word, at two organisations of two trees (in-memory store):
// Norrby (reports per April and September 2025, a headcount that states its change since the year-end)
// and Söderå (one report per October 2024, a forecast change stated against August, no full-year budget).
import { describe, it, expect } from 'vitest';
import type { NoteRecord } from '../../../src/core/figures/records.js';
import { parsePeriod } from '../../../src/core/figures/period.js';
import type { Answer } from '../../../src/core/answering/answer.js';
import { checkAnswerNumbers } from '../../../src/core/guard/check-answer-numbers.js';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Norrby kommun', 'municipality', null, 'mnkr'),
  organisation(2, 'Vattenverket Norrby', 'administration', 1, 'mnkr'),
  organisation(5, 'Söderå kommun', 'municipality', null, 'mnkr'),
  organisation(6, 'Fritidsförvaltningen Söderå', 'administration', 5, 'mnkr'),
];

const ITEMS = [
  item(21, 2, 'Resultat', 'result'),
  item(22, 2, 'Antal tillsvidareanställda', 'kpi'),
  item(23, 2, 'Sjukfrånvaro', 'kpi'),
  item(61, 6, 'Resultat', 'result'),
  item(62, 6, 'Antal anställda', 'kpi'),
  item(63, 6, 'Sjukfrånvaro', 'kpi'),
];

const withReference = (record: ReturnType<typeof figure>, reference: string) => ({ ...record, reference: parsePeriod(reference) });

const FIGURES = [
  figure(21, '2025-04', 'actual', '1.2'),
  figure(21, '2025-04', 'budget', '1.0'),
  figure(21, '2025-04', 'forecast', '5.0'),
  figure(21, '2025-04', 'budget_full_year', '4.0'),
  figure(21, '2025-09', 'actual', '2.6'),
  figure(21, '2025-09', 'budget', '3.0'),
  figure(21, '2025-09', 'forecast', '3.5'),
  figure(21, '2025-09', 'budget_full_year', '4.0'),
  figure(22, '2025-09', 'actual', '212', 'st', 0),
  withReference(figure(22, '2025-09', 'change', '9', 'st', 0), '2024-12'),
  figure(23, '2025-09', 'actual', '6.1', '%', 1),
  figure(61, '2024-10', 'actual', '0.8'),
  figure(61, '2024-10', 'budget', '0.5'),
  figure(61, '2024-10', 'forecast', '2.0'),
  withReference(figure(61, '2024-10', 'forecast_change', '-1.2'), '2024-08'),
  figure(62, '2024-10', 'actual', '88', 'st', 0),
  withReference(figure(62, '2024-10', 'change', '-4', 'st', 0), '2023-12'),
  // The year-end report before October 2024 holds the sick leave of December 2023.
  figure(63, '2023-12', 'actual', '6.0', '%', 1),
  figure(63, '2024-10', 'actual', '5.2', '%', 1),
];

const NOTES: NoteRecord[] = [];

const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, NOTES);

function factsOf(answer: Answer): string[] {
  return answer.facts.map((fact) => `${fact.item} ${fact.measure} ${fact.period}`);
}

async function answerTo(question: string, home: string): Promise<Answer> {
  const answer = await ask(store(), question, home);
  expect(checkAnswerNumbers(answer).rejected).toEqual([]);
  return answer;
}

describe('a change since the turn of the year, in everyday words', () => {
  it.each([
    ['hur många har börjat sedan nyåret?', 'Vattenverket Norrby', '+9', 'december 2024'],
    ['har personalstyrkan vuxit sen årsskiftet?', 'Vattenverket Norrby', '+9', 'december 2024'],
    ['how many employees have joined since the start of the year?', 'Vattenverket Norrby', '+9', 'December 2024'],
    ['how many people have quit since January?', 'Fritidsförvaltningen Söderå', '−4', 'December 2023'],
    ['hur många medarbetare har vi tappat sedan början av året?', 'Fritidsförvaltningen Söderå', '−4', 'december 2023'],
  ])('answers %j (at %s) with the headcount and its stated change since the year-end', async (question, home, change, since) => {
    const answer = await answerTo(question, home);
    expect(answer.status).toBe('answered');
    expect(factsOf(answer).some((fact) => fact.endsWith(' change ' + (home.startsWith('Vatten') ? '2025-09' : '2024-10')))).toBe(true);
    expect(plain(answer)).toContain(`${change}`);
    expect(plain(answer)).toContain(since);
  });

  it.each([
    ['antalet medarbetare har minskat, med hur många?', 'Fritidsförvaltningen Söderå', '−4'],
    ['has the headcount grown?', 'Vattenverket Norrby', '+9'],
  ])('a verb of change with no time named (%j) takes the change the report states', async (question, home, change) => {
    const answer = await answerTo(question, home);
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain(change);
  });

  it('says so when no change since the year-end is on record for the KPI asked', async () => {
    const answer = await answerTo('sjukfrånvaron sen årsskiftet?', 'Vattenverket Norrby');
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('6,1');
    expect(plain(answer)).toContain('Någon förändring sedan årsskiftet (december 2024) finns inte i underlaget.');
  });

  it.each(['sjukfrånvaron, har den gått ner sen årsskiftet?', 'sick leave since the new year?'])('derives the change in %j from the year-end report when no change is stated', async (question) => {
    const answer = await answerTo(question, 'Fritidsförvaltningen Söderå');
    expect(answer.status).toBe('answered');
    expect(factsOf(answer)).toContain('Sjukfrånvaro actual 2024-10');
    expect(plain(answer)).toContain('5,2');
    expect(plain(answer)).toMatch(/(Förändring sedan december 2023|Change since December 2023): −0,8 (procentenheter|percentage points)/);
  });

  it.each(['hur många färre är vi sedan nyår?', 'how many permanent staff have we lost since new year?'])('reads %j as the headcount and its change', async (question) => {
    const answer = await answerTo(question, 'Fritidsförvaltningen Söderå');
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('−4');
  });

  it('reads a money line "sedan årsskiftet" as the year so far, not as a comparison with a report', async () => {
    const answer = await answerTo('vad är resultatet sedan årsskiftet?', 'Vattenverket Norrby');
    expect(answer.status).toBe('answered');
    expect(factsOf(answer)).toContain('Resultat actual 2025-09');
  });
});

describe('an earlier report named as a noun is the one compared with', () => {
  it.each([
    ['resultatprognosen vs aprilrapporten?', 'sv'],
    ['prognosen jmf med T1, vad hände?', 'sv'],
    ['hur ser prognosen ut jämfört med tertialrapport 1?', 'sv'],
    ['forecast compared with the April report?', 'en'],
    ['forecast vs T1?', 'en'],
  ])('answers %j with the change from April to September, never April as current', async (question, language) => {
    const answer = await answerTo(question, 'Vattenverket Norrby');
    expect(answer.status).toBe('answered');
    expect(factsOf(answer)).toEqual(expect.arrayContaining(['Resultat forecast 2025-09', 'Resultat forecast 2025-04']));
    expect(plain(answer)).toContain('3,5');
    expect(plain(answer)).toContain('5,0');
    expect(plain(answer)).toContain('1,5');
    expect(plain(answer)).toContain(language === 'sv' ? 'september 2025' : 'September 2025');
  });

  it.each(['prognosen mot augustirapporten?', 'forecast vs the August report?'])('answers %j with the change the report states when the earlier report is not stored', async (question) => {
    const answer = await answerTo(question, 'Fritidsförvaltningen Söderå');
    expect(answer.status).toBe('answered');
    expect(factsOf(answer)).toContain('Resultat forecast_change 2024-10');
    expect(plain(answer)).toContain('1,2');
  });

  it.each(['prognosen vs UR2?', 'forecast vs the previous one?'])('answers %j, a comparison with the report before, with the change the report states', async (question) => {
    const answer = await answerTo(question, 'Fritidsförvaltningen Söderå');
    expect(answer.status).toBe('answered');
    expect(factsOf(answer)).toContain('Resultat forecast_change 2024-10');
  });

  it.each(['prognosen jmf med junirapporten?', 'forecast compared with the June report?'])('has no answer to %j: neither the June report nor a change against it is on record', async (question) => {
    const answer = await answerTo(question, 'Fritidsförvaltningen Söderå');
    expect(answer.status).toBe('no_data');
    expect(factsOf(answer)).not.toContain('Resultat forecast_change 2024-10');
  });
});

describe('a full-year budget asked for', () => {
  it.each(['vad har förvaltningen för budget på helår?', 'what budget do we have for the year?'])('says no full-year budget is on record for %j, not the forecast as if it answered', async (question) => {
    const answer = await answerTo(question, 'Fritidsförvaltningen Söderå');
    expect(answer.status).toBe('no_data');
    expect(plain(answer)).toMatch(/ingen helårsbudget|no full-year budget/);
    expect(factsOf(answer)).not.toContain('Resultat forecast 2024-10');
  });

  it.each(['vilken budget har vi för helåret?', 'hur stor budget har vattenverket för hela året?', 'what is the budget for the whole year?'])('answers %j with the full-year budget where one is stored', async (question) => {
    const answer = await answerTo(question, 'Vattenverket Norrby');
    expect(answer.status).toBe('answered');
    expect(factsOf(answer)).toContain('Resultat budget_full_year 2025-09');
    expect(plain(answer)).toContain('4,0');
  });
});

describe('a short month name after an overview word', () => {
  it.each([
    ['status sep?', 'Vattenverket Norrby', 'september 2025'],
    ['overall status apr?', 'Vattenverket Norrby', 'April 2025'],
    ['läget okt?', 'Fritidsförvaltningen Söderå', 'oktober 2024'],
  ])('reads %j as the report of that month, not as a line', async (question, home, report) => {
    const answer = await answerTo(question, home);
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain(report);
  });

  it('still reads "mår" (folded "mar") as a word, not March', async () => {
    const answer = await answerTo('hur mår ekonomin?', 'Vattenverket Norrby');
    expect(answer.status).toBe('answered');
    expect(plain(answer)).toContain('september 2025');
  });
});
