import { describe, it, expect } from 'vitest';
import { checkAnswerNumbers, matchesCandidate } from '../../../src/core/guard/check-answer-numbers.js';
import { extractNumbers } from '../../../src/core/guard/extract-numbers.js';
import { Dec } from '../../../src/core/numbers/decimal.js';
import type { Answer, Derivation, Fact, Quote } from '../../../src/core/answering/answer.js';

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
    // Changed: the rejected number is given as written in the answer, no-break space and all.
    expect(result.rejected.map((number) => number.text)).toEqual([`80${NBSP}000`]);
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


/** Whether the only number in `text` matches a candidate of `value` in `unit`. */
function matches(text: string, value: string, unit: string): boolean {
  const numbers = extractNumbers(text);
  expect(numbers, text).toHaveLength(1);
  return matchesCandidate(numbers[0]!, { value: new Dec(value), unit });
}

describe('matchesCandidate', () => {
  describe('an exact number', () => {
    it('matches when the size rounded half up to the decimals shown is the number', () => {
      expect(matches('70,3 mnkr', '-70328', 'tkr')).toBe(true);
      expect(matches('70,4 mnkr', '-70328', 'tkr')).toBe(false);
      expect(matches('2,3 %', '2.25', '%')).toBe(true);
      expect(matches('2,2 %', '2.25', '%')).toBe(false);
      expect(matches('70 328 000 kr', '70328', 'tkr')).toBe(true);
    });

    it('rejects tkr written as mnkr and the other way round', () => {
      expect(matches('70 328 mnkr', '70328', 'tkr')).toBe(false);
      expect(matches('70 328 tkr', '70328', 'mnkr')).toBe(false);
      expect(matches('70 328 kr', '70328', 'tkr')).toBe(false);
    });

    it('keeps units apart: money, per cent, percentage points and the other units', () => {
      expect(matches('5 %', '5', 'tkr')).toBe(false);
      expect(matches('5 tkr', '5', '%')).toBe(false);
      expect(matches('5 procentenheter', '5', '%')).toBe(true);
      expect(matches('5 procentenheter', '5', 'tkr')).toBe(false);
      expect(matches('18 årsarbetare', '18', 'årsarbetare')).toBe(true);
      expect(matches('18 årsarbetare', '18', 'st')).toBe(false);
      expect(matches('12 st', '12', 'st')).toBe(true);
    });

    it('lets a number without a unit stand for the candidate in its own unit or any money scale', () => {
      expect(matches('index 78', '78', 'index')).toBe(true);
      expect(matches('summa 70,3', '70328', 'tkr')).toBe(true);
      expect(matches('summa 70328000', '70328', 'tkr')).toBe(true);
      expect(matches('summa 70,4', '70328', 'tkr')).toBe(false);
    });

    it('reads a scale word as the rounding it leaves: "2 miljarder" is whole thousands of mnkr', () => {
      expect(matches('2 miljarder', '2040', 'mnkr')).toBe(true);
      expect(matches('2 miljarder', '2600', 'mnkr')).toBe(false);
      expect(matches('2,5 miljarder', '2540', 'mnkr')).toBe(true);
      expect(matches('2,5 miljarder', '2560', 'mnkr')).toBe(false);
      expect(matches('5 tusen', '5', 'tkr')).toBe(true);
      expect(matches('5 tusen', '4600', 'kr')).toBe(true);
      expect(matches('5 tusen', '5', '%')).toBe(false);
    });
  });

  describe('an approximate number', () => {
    it('"drygt 5 miljoner" is the size rounded down to whole millions, and a little over', () => {
      expect(matches('drygt 5 miljoner', '5.2', 'mnkr')).toBe(true);
      expect(matches('drygt 5 miljoner', '5000', 'tkr')).toBe(true);
      expect(matches('drygt 5 miljoner', '4.9', 'mnkr')).toBe(false);
      expect(matches('drygt 5 miljoner', '5.6', 'mnkr')).toBe(false);
      expect(matches('strax över 5 miljoner', '5.2', 'mnkr')).toBe(true);
      expect(matches('just over five million', '4.9', 'mnkr')).toBe(false);
      expect(matches('drygt 70 miljoner', '70328', 'tkr')).toBe(true);
      expect(matches('drygt 71 miljoner', '70328', 'tkr')).toBe(false);
    });

    it('"knappt 5 miljoner" is the size rounded up to whole millions, and a little under', () => {
      expect(matches('knappt 5 miljoner', '4.8', 'mnkr')).toBe(true);
      expect(matches('knappt 5 miljoner', '5.1', 'mnkr')).toBe(false);
      expect(matches('knappt 5 miljoner', '4.4', 'mnkr')).toBe(false);
      expect(matches('nästan fem miljoner', '4800', 'tkr')).toBe(true);
      expect(matches('almost five million', '5.1', 'mnkr')).toBe(false);
      expect(matches('strax under 3 %', '2.9', '%')).toBe(true);
      expect(matches('strax under 3 %', '3.1', '%')).toBe(false);
      expect(matches('knappt 76 miljoner', '75812', 'tkr')).toBe(true);
      expect(matches('knappt 70 miljoner', '70328', 'tkr')).toBe(false);
    });

    it('"cirka" and "about" are the size rounded to the precision written', () => {
      expect(matches('cirka 5 miljoner', '5.4', 'mnkr')).toBe(true);
      expect(matches('cirka 5 miljoner', '4.5', 'mnkr')).toBe(true);
      expect(matches('cirka 5 miljoner', '5.6', 'mnkr')).toBe(false);
      expect(matches('cirka 5 miljoner', '4.4', 'mnkr')).toBe(false);
      expect(matches('ungefär 5,5 miljoner', '5484', 'tkr')).toBe(true);
      expect(matches('ungefär 5,4 miljoner', '5484', 'tkr')).toBe(false);
      expect(matches('roughly 70 miljoner', '70328', 'tkr')).toBe(true);
    });

    it('takes no other figure within 10 % for an approximation: "ungefär sjuttiotre miljoner kronor" is not 70,3 mnkr', () => {
      expect(matches('ungefär sjuttiotre miljoner kronor', '70328', 'tkr')).toBe(false);
      expect(matches('ungefär 73 miljoner kronor', '70328', 'tkr')).toBe(false);
      expect(matches('ungefär sjuttio miljoner kronor', '70328', 'tkr')).toBe(true);
      expect(matches('about seventy-three million', '70.328', 'mnkr')).toBe(false);
    });

    it('lets the trailing zeros of a round number be rounding, within a tenth of it', () => {
      expect(matches('drygt 70 miljoner', '73.4', 'mnkr')).toBe(true);
      expect(matches('drygt 70 miljoner', '79', 'mnkr')).toBe(false);
      expect(matches('ungefär 100 miljoner', '104', 'mnkr')).toBe(true);
      expect(matches('ungefär 100 miljoner', '149', 'mnkr')).toBe(false);
      expect(matches('about twenty percent', '21.5', '%')).toBe(true);
      expect(matches('about twenty percent', '23', '%')).toBe(false);
    });

    it('is never stricter than the exact number would be', () => {
      // "1 %" matches 1,14 % by rounding, so "cirka 1 %" does too, though 1,14 is 14 % off.
      expect(matches('1 %', '1.14', '%')).toBe(true);
      expect(matches('cirka 1 %', '1.14', '%')).toBe(true);
      expect(matches('knappt 1 %', '1.14', '%')).toBe(false);
    });

    it('keeps the units apart as an exact number does', () => {
      expect(matches('cirka 70 328 mnkr', '70328', 'tkr')).toBe(false);
      expect(matches('ungefär 5 %', '5', 'tkr')).toBe(false);
    });
  });
});

describe('checkAnswerNumbers with amounts in words and approximations', () => {
  it('verifies amounts in words against the facts', () => {
    const facts = [fact('-5000', 'tkr'), fact('25', '%', { item: 'Andel' }), fact('42', 'tkr', { item: 'Porto' })];
    const result = checkAnswerNumbers(answer('Personalkostnaderna blev fem miljoner kronor, tjugofem procent av totalen; portot fyrtiotvå tusen kronor.', { facts }));
    expect(result).toEqual({ checked: 3, verified: 3, rejected: [] });
  });

  it('verifies English amounts in words', () => {
    const facts = [fact('2500', 'tkr'), fact('20', '%', { item: 'Andel' }), fact('500000', 'kr', { item: 'Porto' })];
    expect(rejectedIn(answer('Costs were two and a half million, twenty percent of the total; postage half a million.', { facts }))).toEqual([]);
  });

  it('rejects a wrong amount in words, and gives its words as written', () => {
    expect(rejectedIn(answer('Personalkostnaderna blev sju miljoner.', { facts: [fact('5000', 'tkr')] }))).toEqual(['sju miljoner']);
    expect(rejectedIn(answer(`Personalkostnaderna blev sju${NBSP}miljoner.`, { facts: [fact('5000', 'tkr')] }))).toEqual([`sju${NBSP}miljoner`]);
    expect(rejectedIn(answer('Costs were six million.', { facts: [fact('5000', 'tkr')] }))).toEqual(['six million']);
    expect(rejectedIn(answer('Andelen var tjugo procent.', { facts: [fact('25', '%')] }))).toEqual(['tjugo procent']);
  });

  it('accepts "drygt 5 miljoner" for 5,2 mnkr and rejects it for 4,9 mnkr', () => {
    expect(rejectedIn(answer('Kostnaden blev drygt 5 miljoner.', { facts: [fact('5.2', 'mnkr')] }))).toEqual([]);
    expect(rejectedIn(answer('Kostnaden blev drygt 5 miljoner.', { facts: [fact('4.9', 'mnkr')] }))).toEqual(['5']);
  });

  it('accepts "knappt 5 miljoner" for 4,8 mnkr and rejects it for 5,1 mnkr', () => {
    expect(rejectedIn(answer('Kostnaden blev knappt 5 miljoner.', { facts: [fact('4.8', 'mnkr')] }))).toEqual([]);
    expect(rejectedIn(answer('Kostnaden blev knappt 5 miljoner.', { facts: [fact('5.1', 'mnkr')] }))).toEqual(['5']);
    expect(rejectedIn(answer('Kostnaden blev knappt fem miljoner.', { facts: [fact('4800', 'tkr')] }))).toEqual([]);
    expect(rejectedIn(answer('Kostnaden blev knappt fem miljoner.', { facts: [fact('5100', 'tkr')] }))).toEqual(['fem miljoner']);
  });

  it('rejects 70 328 mnkr for a fact of 70 328 tkr', () => {
    expect(rejectedIn(answer('Personalkostnaderna var 70 328 mnkr.', { facts: [fact('-70328', 'tkr')] }))).toEqual(['70 328']);
  });

  it('does not check counts, ordinals or dates', () => {
    const text = 'Tre poster avviker, 3 projekt är sena och 4 lines are late. Den 2:a och tredje raden per 31 augusti 2024 (31/8): 5 tkr.';
    expect(checkAnswerNumbers(answer(text, { facts: [fact('5', 'tkr')] }))).toEqual({ checked: 1, verified: 1, rejected: [] });
  });

  it('does not take a count for an amount that a fact would back', () => {
    // "3 poster" is no figure, so a fact of 3 tkr does not make it one, and no fact is needed.
    expect(checkAnswerNumbers(answer('3 poster avviker.', { facts: [fact('3', 'tkr')] })).checked).toBe(0);
    expect(checkAnswerNumbers(answer('3 tkr avviker.')).rejected.map((number) => number.text)).toEqual(['3']);
  });

  it('reports the position of a rejected number in the answer as given', () => {
    const text = `\u200BUtfall 70${NBSP}328${NBSP}tkr, budget drygt åttio miljoner.`;
    const [rejected] = checkAnswerNumbers(answer(text, { facts: [fact('-70328', 'tkr')] })).rejected;
    expect(rejected).toMatchObject({ text: 'åttio miljoner', start: text.indexOf('åttio'), approximation: 'over' });
  });
});
