// The guard on a model's text binds each number to the figure its words name: a
// number called "budgeten" must be that line's budget in that report, not merely
// some looked-up figure. Correct paraphrases pass; swapped roles, lines and periods,
// approximations of unrelated figures and right numbers under wrong labels do not.
import { describe, expect, it } from 'vitest';
import { describeClaims, describeRejections, guardModelText, type TurnEvidence } from '../../../src/core/guard/guard-model-text.js';
import type { Derivation, Fact } from '../../../src/core/answering/answer.js';

function fact(item: string, measure: string, value: string, unit = 'tkr', overrides: Partial<Fact> = {}): Fact {
  return { org: 'Kommunstyrelsen', item, measure, period: '2024-08', value, unit, source: 'test', ...overrides };
}

const derivation = (expression: string, value: string, unit = 'tkr'): Derivation => ({ expression, value, unit });

// Kommunstyrelsen's personnel costs and purchased services in the August 2024 report
// (costs negative), the personnel costs of April 2024, and a sick-leave KPI.
const EVIDENCE: TurnEvidence = {
  facts: [
    fact('Personalkostnader', 'actual', '-70328'),
    fact('Personalkostnader', 'budget', '-75812'),
    fact('Personalkostnader', 'budget_full_year', '-114196'),
    fact('Personalkostnader', 'forecast', '-112465'),
    fact('Personalkostnader', 'prior_year_actual', '-64523'),
    fact('Köp av tjänster', 'actual', '-31150'),
    fact('Köp av tjänster', 'budget', '-34114'),
    fact('Köp av tjänster', 'budget_full_year', '-51171'),
    fact('Köp av tjänster', 'forecast', '-55690'),
    fact('Personalkostnader', 'actual', '-33804', 'tkr', { period: '2024-04' }),
    fact('Sjukfrånvaro', 'actual', '2.73', '%', { org: 'Regionkontoret', period: '2024-10' }),
    fact('Sjukfrånvaro', 'target', '5.2', '%', { org: 'Regionkontoret', period: '2024-10' }),
    fact('Sjukfrånvaro', 'actual', '3.1', '%', { org: 'Regionkontoret', period: '2024-10', breakdown: 'Kvinnor' }),
  ],
  derivations: [
    derivation('budget − actual (Personalkostnader, 2024-08)', '5484'),
    derivation('deviation / |budget| × 100 (Personalkostnader, 2024-08)', '7.23368', '%'),
    derivation('forecast − full-year budget (Personalkostnader, 2024-08)', '1731'),
    derivation('actual − prior-year actual (Personalkostnader, 2024-08)', '-5805'),
    derivation('change / |prior-year actual| × 100 (Personalkostnader, 2024-08)', '8.99679', '%'),
    derivation('budget − actual (Köp av tjänster, 2024-08)', '2964'),
  ],
  quotes: [],
  names: [],
};

const rejected = (text: string, subject = {}) => guardModelText(text, EVIDENCE, subject).rejected;
const misattributed = (text: string, subject = {}) => rejected(text, subject).filter((entry) => entry.reason === 'misattributed').map((entry) => entry.text);

describe('guardModelText: correct phrasings pass', () => {
  it.each([
    'Personalkostnader, Kommunstyrelsen, januari–augusti 2024: utfall 70 328 tkr mot budget 75 812 tkr, 5 484 tkr bättre än budget (överskott, 7,2 %).',
    'För personalkostnaderna är budgeten 75 812 tkr och utfallet 70 328 tkr.',
    'Budgeten för personalkostnaderna är 75 812 tkr och utfallet 70 328 tkr, en avvikelse på 5 484 tkr.',
    'Personalkostnaderna redovisas under perioden till 70 328 tkr, vilket motsvarar en positiv avvikelse mot periodbudget om 5 484 tkr.',
    'Kommunstyrelsens personalkostnader uppgick till 70 328 tkr per augusti 2024, mot en periodbudget på 75 812 tkr.',
    'Jämfört med budgeten har personalkostnaderna blivit 70 328 tkr.',
    'Personalkostnaderna ligger 5 484 tkr under budget, med ett utfall på 70 328 tkr.',
    'Personalkostnaderna: utfallet blev drygt 70 miljoner kronor, knappt 76 miljoner var budgeterat.',
    'Personalkostnaderna landade på ungefär sjuttio miljoner kronor, ett överskott på ungefär 5,5 miljoner mot budget.',
    'Helårsprognosen för personalkostnaderna är 112 465 tkr mot helårsbudgeten 114 196 tkr, 1 731 tkr bättre än helårsbudgeten.',
    'Personalkostnaderna per augusti 2024 var 70 328 tkr. Helårsprognosen är 112 465 tkr och årsbudgeten 114 196 tkr.',
    'Personalkostnaderna var 70 328 tkr, mot 64 523 tkr samma period 2023: en ökning med 5 805 tkr (9,0 %).',
    'I fjol var utfallet för personalkostnaderna 64 523 tkr; i år 70 328 tkr.',
    'Personalkostnaderna ökade från 64 523 tkr till 70 328 tkr.',
    'Utfallet för personalkostnaderna i april var 33 804 tkr och i augusti 70 328 tkr.',
    'Sjukfrånvaron på Regionkontoret är 2,73 % mot målet 5,2 %; för kvinnor 3,1 %.',
    'Sjukfrånvaro 2,73 % (mål 5,2 %).',
    'Personalkostnader at Kommunstyrelsen, January–August 2024: actual 70 328 tkr against a budget of 75 812 tkr, a deviation of 5 484 tkr against budget.',
    'Staff costs (Personalkostnader) came to 70 328 tkr against a budget of 75 812 tkr, 5 484 tkr better than budget.',
    'For Personalkostnader the full-year forecast is 112 465 tkr, 1 731 tkr below the full-year budget of 114 196 tkr.',
    'Last year the actual for Personalkostnader in the same period was 64 523 tkr.',
    'Personalkostnader was 70 328 tkr and Köp av tjänster 31 150 tkr.',
    'Personalkostnader och köp av tjänster: utfall 70 328 tkr respektive 31 150 tkr.',
    'Totalt för personalkostnader och köp av tjänster: 101 478 tkr.',
  ])('accepts: %s', (text) => {
    expect(rejected(text)).toEqual([]);
  });

  it('still accepts a number whose words say nothing about it, against any looked-up figure', () => {
    expect(rejected('Siffran att hålla ögonen på är 75 812 tkr.')).toEqual([]);
  });
});

describe('guardModelText: misquotes are rejected', () => {
  it('rejects figures swapped between roles', () => {
    expect(misattributed('Personalkostnader: utfallet är 75 812 tkr mot en budget på 70 328 tkr.')).toEqual(['75 812', '70 328']);
    expect(misattributed('Sjukfrånvaro 5,2 % (mål 2,73 %).')).toContain('2,73');
    expect(misattributed('For Personalkostnader the full-year forecast is 114 196 tkr against a full-year budget of 112 465 tkr.')).toEqual(['114 196', '112 465']);
  });

  it("rejects another line's figure under this line's name", () => {
    expect(misattributed('Köp av tjänster: utfallet är 70 328 tkr.')).toEqual(['70 328']);
    expect(misattributed('Personalkostnaderna per augusti 2024: utfallet är 70 328 tkr. Helårsprognosen är 55 690 tkr.')).toEqual(['55 690']);
  });

  it("rejects another report's or last year's figure for this one", () => {
    expect(misattributed('Personalkostnaderna per augusti 2024: utfallet är 33 804 tkr.')).toEqual(['33 804']);
    expect(misattributed('Personalkostnaderna: utfallet är 64 523 tkr, mot 70 328 tkr samma period 2023.')).toEqual(['64 523', '70 328']);
    expect(misattributed('Samma period i fjol var utfallet för personalkostnaderna 70 328 tkr.')).toEqual(['70 328']);
  });

  it('rejects an approximation of an unrelated figure, and one rounded the wrong way', () => {
    expect(rejected('Personalkostnaderna: utfallet är ungefär sjuttiotre miljoner kronor.').map((entry) => entry.text)).toEqual(['sjuttiotre miljoner kronor']);
    // 75,8 mnkr is the budget, not the outcome.
    expect(misattributed('Personalkostnaderna: utfallet är knappt 76 miljoner kronor.')).toEqual(['76']);
    expect(rejected('Personalkostnaderna: utfallet är knappt 70 miljoner kronor.').map((entry) => entry.text)).toEqual(['70']);
  });

  it('rejects a right number under a wrong label', () => {
    expect(misattributed('Personalkostnaderna: utfallet är 70 328 tkr och helårsprognosen 70 328 tkr.')).toEqual(['70 328']);
    expect(misattributed('Personalkostnaderna: avvikelsen mot budget är 70 328 tkr.')).toEqual(['70 328']);
    expect(misattributed('Personalkostnaderna visar ett överskott på 70 328 tkr.')).toEqual(['70 328']);
  });

  it('reads the line and report the question names when the answer names none', () => {
    const question = 'Hur går det för Köp av tjänster per 2024-08?';
    expect(misattributed('Helårsprognosen är 112 465 tkr.', { question })).toEqual(['112 465']);
    expect(rejected('Helårsprognosen är 55 690 tkr.', { question })).toEqual([]);
    // "i december" asks about the year's end, not a report of December.
    expect(rejected('Helårsprognosen är 55 690 tkr.', { question: 'Var landar köp av tjänster i december?' })).toEqual([]);
  });

  it('tells the model in the repair round what the words said', () => {
    const found = rejected('Personalkostnader: utfallet är 75 812 tkr.');
    expect(describeRejections(found)).toContain('"75 812" (är inte den siffra som "utfallet" avser');
  });
});

describe('describeClaims', () => {
  it('reads what each number is said to be', () => {
    const claims = describeClaims('Personalkostnader, Kommunstyrelsen, januari–augusti 2024: utfall 70 328 tkr mot budget 75 812 tkr, 5 484 tkr bättre än budget (överskott, 7,2 %).', EVIDENCE);
    expect(claims.map(({ text, claim }) => [text, claim.roles ? [...claim.roles].sort() : null, claim.items ? [...claim.items] : null, claim.period?.month ?? null])).toEqual([
      ['70 328', ['actual'], ['Personalkostnader'], 8],
      ['75 812', ['budget', 'budget_full_year'], ['Personalkostnader'], 8],
      ['5 484', ['deviation', 'forecast_deviation'], ['Personalkostnader'], 8],
      ['7,2', ['actual', 'deviation', 'forecast', 'forecast_deviation'], ['Personalkostnader'], 8],
    ]);
  });
});

describe('guardModelText on any text', () => {
  // Pieces of answers, labels, units, names and noise, joined at random (fixed seed).
  const PIECES = ['utfallet', 'mot en budget på', 'helårsprognosen', 'bättre än budget', 'i fjol', 'samma period 2023', 'per augusti 2024', 'januari–augusti', 'Personalkostnader', 'Köp av tjänster', 'Kvinnor', 'Sjukfrånvaro', 'Regionkontoret', '70 328 tkr', '75 812', '5 484 tkr', '7,2 %', 'drygt 70 miljoner kronor', 'ungefär sjuttio miljoner', '78 index', '2 index points', '(', ')', ',', '.', ':', ';', '\n', '\n\n', 'mot', 'och', 'against', 'the target', 'mål', 'ökade till', 'up from', 'gjord i augusti 2024', 'May', 'i maj', '2024-08', '”citat 9 999 tkr”', 'x'.repeat(50), '\u202E', '🙂'];
  it('never throws and checks every number it finds', () => {
    let state = 20261205;
    const next = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 4294967296;
    };
    for (let index = 0; index < 3000; index += 1) {
      const text = Array.from({ length: 1 + Math.floor(next() * 14) }, () => PIECES[Math.floor(next() * PIECES.length)]!).join(next() < 0.7 ? ' ' : '');
      const result = guardModelText(text, EVIDENCE, next() < 0.5 ? { question: text.slice(0, 40) } : {});
      expect(result.verified + result.rejected.length).toBe(result.checked);
    }
  });
});
