import { describe, it, expect } from 'vitest';
import { checkAnswerNumbers } from '../../../src/core/guard/check-answer-numbers.js';
import type { Answer, Derivation, Fact, Quote } from '../../../src/core/questions/answer.js';

const NBSP = '\u00A0';
const MINUS = '\u2212';

function fact(value: string, unit: string, overrides: Partial<Fact> = {}): Fact {
  return { org: 'IT och Digitalisering', item: 'Personalkostnader', measure: 'actual', period: '2024-08', value, unit, source: 'test', ...overrides };
}

function derivation(value: string, unit: string, expression = 'actual − budget (Personalkostnader, 2024-08)'): Derivation {
  return { expression, value, unit };
}

function quote(text: string): Quote {
  return { org: 'IT och Digitalisering', item: 'Konsultkostnader', period: '2024-08', text, author: 'Controller', source: 'test' };
}

type Checked = Pick<Answer, 'text' | 'facts' | 'derivations' | 'quotes' | 'options' | 'names'>;

function answer(text: string, parts: Partial<Omit<Checked, 'text'>> = {}): Checked {
  return { text, facts: [], derivations: [], quotes: [], options: [], names: [], ...parts };
}

function rejectedIn(checked: Checked): string[] {
  return checkAnswerNumbers(checked).rejected.map((number) => number.text);
}

describe('checkAnswerNumbers', () => {
  it('verifies a fact shown as stored', () => {
    const result = checkAnswerNumbers(answer(`Utfall 70${NBSP}328${NBSP}tkr.`, { facts: [fact('-70328', 'tkr')] }));
    expect(result).toEqual({ checked: 1, verified: 1, rejected: [] });
  });

  it('compares sizes: a negative cost may be shown without its sign', () => {
    expect(rejectedIn(answer(`Kostnaden var 70${NBSP}328${NBSP}tkr.`, { facts: [fact('-70328', 'tkr')] }))).toEqual([]);
    expect(rejectedIn(answer(`Avvikelse ${MINUS}719${NBSP}tkr.`, { derivations: [derivation('-719', 'tkr')] }))).toEqual([]);
  });

  it('verifies a fact shown in another money unit', () => {
    expect(rejectedIn(answer(`Personalkostnaderna var 70,3${NBSP}mnkr.`, { facts: [fact('-70328', 'tkr')] }))).toEqual([]);
    expect(rejectedIn(answer('Personalkostnaderna var drygt 70 miljoner.', { facts: [fact('-70328', 'tkr')] }))).toEqual([]);
    expect(rejectedIn(answer('Personalkostnaderna var 70 328 000 kr.', { facts: [fact('-70328', 'tkr')] }))).toEqual([]);
  });

  it('verifies a bare number against the fact in tkr or mnkr', () => {
    expect(rejectedIn(answer('Personalkostnaderna var 70,3 (mnkr).', { facts: [fact('-70328', 'tkr')] }))).toEqual([]);
  });

  it('rejects a money figure rounded wrongly in the other unit', () => {
    expect(rejectedIn(answer(`Personalkostnaderna var 70,4${NBSP}mnkr.`, { facts: [fact('-70328', 'tkr')] }))).toEqual(['70,4']);
  });

  it('honours the rounding shown: 7,24 % shown as 7,2 % verifies, as 7,3 % does not', () => {
    const facts = [fact('7.24', '%', { item: 'Sjukfrånvaro' })];
    expect(rejectedIn(answer(`Sjukfrånvaron var 7,2${NBSP}%.`, { facts }))).toEqual([]);
    expect(rejectedIn(answer(`Sjukfrånvaron var 7${NBSP}%.`, { facts }))).toEqual([]);
    expect(rejectedIn(answer(`Sjukfrånvaron var 7,24${NBSP}%.`, { facts }))).toEqual([]);
    expect(rejectedIn(answer(`Sjukfrånvaron var 7,3${NBSP}%.`, { facts }))).toEqual(['7,3']);
    expect(rejectedIn(answer(`Sjukfrånvaron var 7,240${NBSP}%.`, { facts }))).toEqual([]);
  });

  it('rounds halves away from zero as the formatter does', () => {
    expect(rejectedIn(answer(`Avvikelsen var 2,3${NBSP}%.`, { derivations: [derivation('2.25', '%')] }))).toEqual([]);
    expect(rejectedIn(answer(`Avvikelsen var 2,2${NBSP}%.`, { derivations: [derivation('2.25', '%')] }))).toEqual(['2,2']);
  });

  it('verifies a derivation with its exact value cut to the decimals shown', () => {
    const derivations = [derivation('1672', 'tkr'), derivation('2.322222222222222222222222222222222222222', '%', 'deviation / |budget| × 100')];
    const result = checkAnswerNumbers(answer(`1${NBSP}672${NBSP}tkr bättre än budget (överskott, 2,3${NBSP}%).`, { derivations }));
    expect(result).toMatchObject({ checked: 2, verified: 2, rejected: [] });
  });

  it('verifies percentage points against a derivation in per cent', () => {
    expect(rejectedIn(answer('0,8 procentenheter sämre än målet.', { derivations: [derivation('-0.8', '%')] }))).toEqual([]);
  });

  it('does not let a percentage stand for a money figure or the other way round', () => {
    expect(rejectedIn(answer(`Det blev 5${NBSP}%.`, { facts: [fact('5', 'tkr')] }))).toEqual(['5']);
    expect(rejectedIn(answer(`Det blev 5${NBSP}tkr.`, { facts: [fact('5', '%')] }))).toEqual(['5']);
  });

  it('rejects a number that matches nothing', () => {
    const result = checkAnswerNumbers(answer(`Utfall 70${NBSP}328${NBSP}tkr mot budget 80${NBSP}000${NBSP}tkr.`, { facts: [fact('-70328', 'tkr')] }));
    expect(result.checked).toBe(2);
    expect(result.verified).toBe(1);
    expect(result.rejected.map((number) => number.text)).toEqual(['80 000']);
  });

  it('rejects every number of an answer that carries no facts', () => {
    expect(rejectedIn(answer('Resultatet blir 100 mnkr.'))).toEqual(['100']);
  });

  it('does not check the years and periods of an answer', () => {
    expect(checkAnswerNumbers(answer('Rapporten per 2024-08 för januari–augusti 2024.'))).toEqual({ checked: 0, verified: 0, rejected: [] });
  });

  it('does not check a number inside a quoted note', () => {
    const note = 'Fler konsulter än planerat, 719 tkr över budget.';
    expect(rejectedIn(answer(`Orsaker enligt Controller:\n• ”${note}”`, { quotes: [quote(note)] }))).toEqual([]);
  });

  it('still checks the numbers outside the quote', () => {
    const note = 'Fler konsulter än planerat, 719 tkr över budget.';
    expect(rejectedIn(answer(`Utfall 999 tkr. ”${note}”`, { quotes: [quote(note)] }))).toEqual(['999']);
  });

  // Notes imported from reports often keep the no-break space of "4 519 tkr". The answer
  // text is cleaned (NFKC turns U+00A0 into a plain space) before the quote is masked, but
  // the quote itself is not, so the quote no longer matches and its number is checked.
  it('does not check a number inside a quoted note written with a no-break space', () => {
    const note = `Konsulter för 4${NBSP}519${NBSP}tkr har inte budgeterats.`;
    expect(rejectedIn(answer(`Orsaker enligt Controller:\n• ”${note}”`, { quotes: [quote(note)] }))).toEqual([]);
  });

  it('does not check a number inside a name', () => {
    expect(rejectedIn(answer(`Kontogrupp 13: 5${NBSP}tkr.`, { facts: [fact('5', 'tkr', { item: 'Kontogrupp 13' })] }))).toEqual([]);
    expect(rejectedIn(answer('Kostnader för Enhet 42 finns inte.', { names: ['Enhet 42'] }))).toEqual([]);
    expect(rejectedIn(answer('Vilken menar du: Kontogrupp 3 eller Kontogrupp 13?', { options: ['Kontogrupp 3', 'Kontogrupp 13'] }))).toEqual([]);
  });

  it('checks a number that only looks like a name part when the name is not listed', () => {
    expect(rejectedIn(answer('Kostnader för Enhet 42 finns inte.'))).toEqual(['42']);
  });
});
