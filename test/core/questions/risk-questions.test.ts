// Risk questions: a risk score reported per identified risk is ranked (all of them, or the top
// when a superlative asks), and the report's words answer only with notes that state an
// uncertainty or a possible change, whether or not they write "risk"; each text once.
import { describe, expect, it } from 'vitest';
import type { FigureRecord, NoteRecord } from '../../../src/core/figures/records.js';
import { parsePeriod } from '../../../src/core/figures/period.js';
import { checkAnswerNumbers } from '../../../src/core/guard/check-answer-numbers.js';
import { guardModelText } from '../../../src/core/guard/guard-model-text.js';
import type { Answer } from '../../../src/core/answering/answer.js';
import { MemoryFigureStore, ask, figure, item, organisation, plain } from './memory-figure-store.js';

const ORGANISATIONS = [
  organisation(1, 'Sjöbacka kommun', 'municipality', null, 'mnkr'),
  organisation(2, 'Kommunstyrelsen Sjöbacka', 'board', 1, 'tkr'),
  organisation(10, 'Västerby kommun', 'municipality', null, 'mnkr'),
  organisation(20, 'Norrhamns kommun', 'municipality', null, 'mnkr'),
];

const ITEMS = [
  item(21, 2, 'Riskvärde', 'kpi'),
  item(22, 2, 'Årets resultat', 'result'),
  item(23, 2, 'Personalkostnader', 'cost'),
  item(101, 10, 'Årets resultat', 'result'),
  item(102, 10, 'Bidrag till kollektivtrafiken', 'cost'),
  item(201, 20, 'Årets resultat', 'result'),
  item(202, 20, 'Lokalkostnader', 'cost'),
];

const risk = (name: string, score: string): FigureRecord => ({ ...figure(21, '2025-04', 'actual', score, 'skala', 0), breakdownGroup: 'Identifierad risk', breakdown: name });

const FIGURES: FigureRecord[] = [
  risk('Dataintrång', '9'),
  risk('Kompetensbrist', '6'),
  risk('Felaktiga fakturor', '9'),
  risk('Leverantörsberoende', '3'),
  risk('Bristande arkivering', '6'),
  figure(22, '2025-04', 'actual', '4100', 'tkr', 0),
  figure(22, '2025-04', 'budget', '1500', 'tkr', 0),
  figure(23, '2025-04', 'actual', '-30200', 'tkr', 0),
  figure(23, '2025-04', 'budget', '-31000', 'tkr', 0),
  figure(101, '2025-08', 'forecast', '-8.0'),
  figure(101, '2025-08', 'budget_full_year', '4.0'),
  figure(102, '2025-08', 'forecast', '-52.0'),
  figure(102, '2025-08', 'budget_full_year', '-40.0'),
  figure(201, '2025-06', 'actual', '3.1'),
  figure(201, '2025-06', 'budget', '2.0'),
  figure(202, '2025-06', 'actual', '-21.4'),
  figure(202, '2025-06', 'budget', '-20.0'),
];

let noteId = 0;
function note(organisationId: number, lineItemId: number | null, period: string, text: string): NoteRecord {
  noteId += 1;
  return { id: noteId, organisationId, lineItemId, period: parsePeriod(period), text, author: 'Controller', source: 'rapport.pdf', createdAt: new Date(0) };
}

const CAUSE = 'Underskottet beror på en kostnad om 12 mnkr för bidraget till den regionala kollektivtrafiken.';
const NEGOTIATION = 'Förhandlingar pågår med regionen och utfallet av dessa skulle kunna ändra kostnaden väsentligt.';
const MEASURES = 'Arbetet med en åtgärdsplan för att minska kostnaderna har inletts.';
const ASSUMPTIONS = 'Prognosen för investeringarna justeras ned efter förändrade antaganden om markköp.';
const LEASE = 'Hyresavtalet för kontoret löper ut och en eventuell flytt kan komma att öka lokalkostnaderna.';
const INDEX = 'Lokalkostnaderna är högre än budget på grund av indexuppräkningen av hyrorna.';
const GRANTS = 'Det råder osäkerhet kring nivån på statsbidragen nästa år.';

const NOTES = [
  note(2, 22, '2025-04', 'Resultatet förklaras av lägre personalkostnader än budgeterat.'),
  note(2, 23, '2025-04', ASSUMPTIONS),
  note(2, 22, '2025-04', GRANTS),
  // A report repeats its cause sentence under the result and under the line.
  note(10, 101, '2025-08', CAUSE),
  note(10, 102, '2025-08', CAUSE),
  note(10, 102, '2025-08', NEGOTIATION),
  note(10, 101, '2025-08', MEASURES),
  note(20, 202, '2025-06', INDEX),
  note(20, 202, '2025-06', LEASE),
  note(20, 201, '2025-06', 'Överskottet förklaras av vakanta tjänster.'),
];

const store = () => new MemoryFigureStore(ORGANISATIONS, ITEMS, FIGURES, NOTES);

/** Where each name stands in the text; -1 when it is not there. */
const positions = (answer: Answer, names: readonly string[]) => names.map((name) => plain(answer).indexOf(name));

/** Every number is backed, and the role-bound guard (the one a model's text meets) reads each as what it is. */
function expectBacked(answer: Answer) {
  expect(checkAnswerNumbers(answer).rejected).toEqual([]);
  expect(guardModelText(answer.text, answer).rejected).toEqual([]);
}

describe('a risk score reported per identified risk', () => {
  it('lists every risk, highest score first, for "vilka risker har vi?"', async () => {
    const answer = await ask(store(), 'vilka risker har vi?', 'Kommunstyrelsen Sjöbacka');
    expect(answer.status).toBe('answered');
    // Highest score first; ties in name order.
    const order = positions(answer, ['Dataintrång', 'Felaktiga fakturor', 'Bristande arkivering', 'Kompetensbrist', 'Leverantörsberoende']);
    expect(Math.min(...order)).toBeGreaterThan(-1);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(answer.facts.filter((fact) => fact.item === 'Riskvärde').map((fact) => fact.breakdown).sort()).toEqual(['Bristande arkivering', 'Dataintrång', 'Felaktiga fakturor', 'Kompetensbrist', 'Leverantörsberoende']);
    expectBacked(answer);
  });

  it('gives only the risks tied at the top score for a superlative, in Swedish and English', async () => {
    for (const question of ['vilken risk har högst poäng?', 'which risk scores highest?', 'what is our worst risk?']) {
      const answer = await ask(store(), question, 'Kommunstyrelsen Sjöbacka');
      expect(answer.status, question).toBe('answered');
      const breakdowns = answer.facts.filter((fact) => fact.item === 'Riskvärde').map((fact) => fact.breakdown).sort();
      expect(breakdowns, question).toEqual(['Dataintrång', 'Felaktiga fakturor']);
      expectBacked(answer);
    }
  });

  it('lists as many as the question says ("top 3")', async () => {
    const answer = await ask(store(), 'top 3 risks?', 'Kommunstyrelsen Sjöbacka');
    expect(answer.facts.filter((fact) => fact.item === 'Riskvärde')).toHaveLength(3);
    expect(plain(answer)).not.toContain('Leverantörsberoende');
  });

  it('adds the notes that state an uncertainty, never one that states none (a forecast cut after changed assumptions is no risk)', async () => {
    for (const question of ['vilka är de största riskerna?', 'what are the risks here?']) {
      const answer = await ask(store(), question, 'Kommunstyrelsen Sjöbacka');
      expect(answer.status, question).toBe('answered');
      expect(answer.facts.filter((fact) => fact.item === 'Riskvärde').length, question).toBeGreaterThan(1);
      expect(answer.quotes.map((quote) => quote.text), question).toEqual([GRANTS]);
      expect(plain(answer)).not.toContain('antaganden');
    }
  });
});

describe('notes about a risk that do not write the word "risk"', () => {
  it('quotes the uncertainty on the asked line first and each text once', async () => {
    for (const question of ['vad är risken med kollektivtrafikbidraget?', 'what is the risk with bidraget till kollektivtrafiken?']) {
      const answer = await ask(store(), question, 'Västerby kommun');
      expect(answer.status, question).toBe('answered');
      const quoted = answer.quotes.map((quote) => quote.text);
      expect(quoted[0], question).toBe(NEGOTIATION);
      expect(new Set(quoted).size, question).toBe(quoted.length);
      expect(quoted, question).not.toContain(MEASURES);
      expect(quoted, question).not.toContain(CAUSE);
      expectBacked(answer);
    }
  });

  it('reads "kan komma att" and "eventuell" as uncertainty at another organisation', async () => {
    for (const question of ['finns det någon osäkerhet kring lokalkostnaderna?', 'any risks on lokalkostnader?']) {
      const answer = await ask(store(), question, 'Norrhamns kommun');
      expect(answer.status, question).toBe('answered');
      expect(answer.quotes.map((quote) => quote.text), question).toEqual([LEASE]);
    }
  });

  it('quotes an uncertainty of the organisation for its result, never the result\'s causes', async () => {
    const answer = await ask(store(), 'vilka risker finns för resultatet?', 'Norrhamns kommun');
    const quoted = answer.quotes.map((quote) => quote.text);
    expect(quoted).toEqual([LEASE]);
    expect(quoted).not.toContain('Överskottet förklaras av vakanta tjänster.');
  });

  it('says that the text names no risk about the line asked instead of quoting causes, assumptions or other lines\' risks', async () => {
    for (const [question, says] of [
      ['vilka risker finns kring personalkostnaderna?', 'nämner ingen risk'],
      ['any uncertainty about personalkostnader?', 'names no risk'],
    ] as const) {
      const answer = await ask(store(), question, 'Kommunstyrelsen Sjöbacka');
      expect(answer.quotes, question).toEqual([]);
      expect(plain(answer), question).toContain(says);
      expect(plain(answer), question).toContain('Personalkostnader');
      expectBacked(answer);
    }
  });

  it('still answers a question about measures from the notes on measures', async () => {
    const answer = await ask(store(), 'vad gör kommunen åt underskottet?', 'Västerby kommun');
    expect(answer.quotes.map((quote) => quote.text)).toContain(MEASURES);
  });
});
