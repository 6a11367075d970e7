// The number check every answer passes before it is shown: each number in the
// text, in digits or in words, must equal a fact or derivation the answer carries,
// in the unit and with the rounding shown, or lie near it as an approximation says
// ("drygt", "knappt", "about"). Signs are carried by words in answers
// ("underskott"), so sizes are compared.
import { Dec } from '../numbers/decimal.js';
import { convertUnit, isMoneyUnit, type Unit } from '../numbers/units.js';
import type { Answer } from '../questions/answer.js';
import { extractNumbers, type StatedNumber } from './extract-numbers.js';

/** The outcome of checking one answer. */
export interface NumberCheck {
  readonly checked: number;
  readonly verified: number;
  readonly rejected: readonly StatedNumber[];
}

/** A value a stated number may show: a fact, a derivation, or one the guard recomputed. */
export interface Candidate {
  readonly value: Dec;
  readonly unit: string;
}

/**
 * The single matching rule. The candidate's size (signs are carried by words) is
 * expressed in the stated unit: money converts between kr, tkr and mnkr exactly,
 * percentage points match a derivation in per cent, a number without a unit matches
 * the candidate's own unit or any money scale, and other units only themselves.
 * - An exact number ("70,3 mnkr") matches when the size rounded half up to the
 *   decimals shown equals it.
 * - An approximate one ("cirka 70 miljoner") matches a size within 10 % of it, or
 *   one that would match it exact (so "cirka 1 %" is never stricter than "1 %");
 *   "drygt", "strax över", "just over" need the size at least the number, and
 *   "knappt", "nästan", "strax under", "almost", "nearly" at most. ("knappt 5
 *   miljoner" matches 4,8 mnkr, not 5,1; "drygt 5 miljoner" 5,2, not 4,9.)
 * Decimals may be negative ("2 miljarder" is 2000 mnkr to whole thousands).
 */
export function matchesCandidate(number: StatedNumber, candidate: Candidate): boolean {
  return sizesInStatedUnit(number, candidate).some((size) => {
    if (number.approximation === null) return roundTo(size, number.decimals).equals(number.value);
    if (number.approximation === 'over' && size.lessThan(number.value)) return false;
    if (number.approximation === 'under' && size.greaterThan(number.value)) return false;
    return size.minus(number.value).abs().lessThanOrEqualTo(number.value.times('0.1')) || roundTo(size, number.decimals).equals(number.value);
  });
}

// The candidate's size in the unit the number is stated in, for each reading that makes sense.
function sizesInStatedUnit(number: StatedNumber, candidate: Candidate): Dec[] {
  const size = new Dec(candidate.value).abs();
  if (number.unit !== null && isMoneyUnit(number.unit)) return isMoneyUnit(candidate.unit) ? [convertUnit(size, candidate.unit, number.unit)] : [];
  if (number.unit === '%' || number.unit === 'pp') return candidate.unit === '%' ? [size] : [];
  if (number.unit !== null) return candidate.unit === number.unit ? [size] : [];
  if (!isMoneyUnit(candidate.unit)) return [size];
  const from: Unit = candidate.unit;
  return [size, ...(['kr', 'tkr', 'mnkr'] as const).filter((unit) => unit !== from).map((unit) => convertUnit(size, from, unit))];
}

// Rounds half away from zero to `decimals`, which may be negative: −3 rounds to whole thousands.
function roundTo(value: Dec, decimals: number): Dec {
  if (decimals >= 0) return value.toDecimalPlaces(decimals, Dec.ROUND_HALF_UP);
  const step = new Dec(10).pow(-decimals);
  return value.dividedBy(step).toDecimalPlaces(0, Dec.ROUND_HALF_UP).times(step);
}

/** Checks every number in `answer.text` against the answer's facts and derivations. */
export function checkAnswerNumbers(answer: Pick<Answer, 'text' | 'facts' | 'derivations' | 'quotes' | 'options' | 'names'>): NumberCheck {
  const candidates: Candidate[] = [
    ...answer.facts.map((fact) => ({ value: new Dec(fact.value), unit: fact.unit })),
    ...answer.derivations.map((derivation) => ({ value: new Dec(derivation.value), unit: derivation.unit })),
  ];
  // Names and quoted notes are not figures Utfall states; their digits are theirs.
  const masked = [...answer.facts.flatMap((fact) => [fact.org, fact.item, fact.breakdown ?? '']), ...answer.quotes.map((quote) => quote.text), ...answer.quotes.flatMap((quote) => [quote.org, quote.item ?? '']), ...answer.options, ...answer.names];
  const numbers = extractNumbers(answer.text, masked);
  const rejected = numbers.filter((number) => !candidates.some((candidate) => matchesCandidate(number, candidate)));
  return { checked: numbers.length, verified: numbers.length - rejected.length, rejected };
}
