// The number check every answer passes before it is shown: each number in the
// text must equal, in the unit and with the rounding shown, a fact or derivation
// the answer carries. Signs are carried by words in answers ("underskott"), so
// sizes are compared.
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

interface Candidate {
  readonly value: Dec;
  readonly unit: string;
}

/**
 * The single matching rule: the candidate's size, in the stated unit, equals the
 * stated number after rounding to the decimals shown; for an approximation
 * ("drygt 5 miljoner") it is within 10 %, and not below "drygt" nor above "knappt".
 */
export function matchesCandidate(number: StatedNumber, candidate: Candidate): boolean {
  return matches(number, candidate);
}

function matches(number: StatedNumber, candidate: Candidate): boolean {
  const values: Dec[] = [];
  const size = new Dec(candidate.value).abs();
  if (number.unit !== null && isMoneyUnit(number.unit)) {
    if (isMoneyUnit(candidate.unit)) values.push(convertUnit(size, candidate.unit as Unit, number.unit));
  } else if (number.unit === '%' || number.unit === 'pp') {
    if (candidate.unit === '%') values.push(size);
  } else if (number.unit !== null) {
    if (candidate.unit === number.unit) values.push(size);
  } else {
    values.push(size);
    if (isMoneyUnit(candidate.unit)) for (const unit of ['tkr', 'mnkr'] as const) values.push(convertUnit(size, candidate.unit as Unit, unit));
  }
  if (number.approximation) {
    const tolerance = number.value.times('0.1');
    return values.some((value) => {
      if (value.minus(number.value).abs().greaterThan(tolerance)) return false;
      if (number.approximation === 'over') return value.greaterThanOrEqualTo(number.value);
      if (number.approximation === 'under') return value.lessThanOrEqualTo(number.value);
      return true;
    });
  }
  return values.some((value) => value.toDecimalPlaces(number.decimals, Dec.ROUND_HALF_UP).equals(number.value));
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
  const rejected = numbers.filter((number) => !candidates.some((candidate) => matches(number, candidate)));
  return { checked: numbers.length, verified: numbers.length - rejected.length, rejected };
}
