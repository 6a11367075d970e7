// The number check every answer passes before it is shown: each number in the
// text, in digits or in words, must equal a fact or derivation the answer carries,
// in the unit and with the rounding shown, or be its rounding in the direction an
// approximation says ("drygt", "knappt", "about"). Signs are carried by words in
// answers ("underskott"), so sizes are compared. Offline answers and digests are
// checked here; a model's text and drafts also have each number bound to the figure
// its words name (guard-model-text.ts).
import { Dec } from '../numbers/decimal.js';
import { convertUnit, isMoneyUnit, type Unit } from '../numbers/units.js';
import type { Answer } from '../answering/answer.js';
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
 * - An approximate one is the size rounded in the direction its words state, to the
 *   precision written: "cirka 70 miljoner" the size rounded to whole millions,
 *   "drygt 70 miljoner" rounded down (and at least 70), "knappt 76 miljoner" rounded
 *   up (and at most 76). "drygt" and "knappt" are a little off, so the size must also
 *   lie within a tenth of the number. Trailing zeros of a whole number may be rounding
 *   ("drygt 70 miljoner" for 73,4 mnkr), but then the size must lie within a tenth of
 *   it too ("ungefär 100 miljoner" is not 149). Numbers in words follow the same rule.
 * Decimals may be negative ("2 miljarder" is 2000 mnkr to whole thousands).
 * (docs/decisions/0008-numbers-bound-to-their-role.md)
 */
export function matchesCandidate(number: StatedNumber, candidate: Candidate): boolean {
  return sizesInStatedUnit(number, candidate).some((size) => (number.approximation === null ? roundTo(size, number.decimals).equals(number.value) : approximates(size, number)));
}

function approximates(size: Dec, number: StatedNumber): boolean {
  const near = size.minus(number.value).abs().lessThanOrEqualTo(number.value.times('0.1'));
  return precisionsWritten(number).some(({ decimals, coarse }) => {
    if (number.approximation === 'over') return size.greaterThanOrEqualTo(number.value) && roundTo(size, decimals, Dec.ROUND_DOWN).equals(number.value) && near;
    if (number.approximation === 'under') return size.lessThanOrEqualTo(number.value) && roundTo(size, decimals, Dec.ROUND_UP).equals(number.value) && near;
    return roundTo(size, decimals).equals(number.value) && (!coarse || near);
  });
}

// The decimals shown, and, for a whole number ending in zeros, the coarser rounding they may stand for ("70": tens).
function precisionsWritten(number: StatedNumber): { decimals: number; coarse: boolean }[] {
  const written = [{ decimals: number.decimals, coarse: false }];
  let scaled = number.value.times(new Dec(10).pow(number.decimals));
  if (!scaled.isInteger() || scaled.isZero()) return written;
  let zeros = 0;
  while (scaled.mod(10).isZero()) {
    scaled = scaled.dividedBy(10);
    zeros += 1;
  }
  return zeros === 0 ? written : [...written, { decimals: number.decimals - zeros, coarse: true }];
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

// Rounds (half away from zero unless told) to `decimals`, which may be negative: −3 rounds to whole thousands.
function roundTo(value: Dec, decimals: number, rounding: Parameters<Dec['toDecimalPlaces']>[1] = Dec.ROUND_HALF_UP): Dec {
  if (decimals >= 0) return value.toDecimalPlaces(decimals, rounding);
  const step = new Dec(10).pow(-decimals);
  return value.dividedBy(step).toDecimalPlaces(0, rounding).times(step);
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
