// The guard on a model's text: every number must be a looked-up fact, a derivation
// a tool returned, or one the guard recomputes from the facts; and a deviation's
// direction in words ("överskott", "worse than budget") must agree with its sign.
import { Dec } from '../numbers/decimal.js';
import type { Derivation, Fact, Quote } from '../questions/answer.js';
import { matchesCandidate } from './check-answer-numbers.js';
import { derivedCandidates, type Candidate } from './derived-candidates.js';
import { extractNumbers, type StatedNumber } from './extract-numbers.js';

/** What the model's turn looked up. */
export interface TurnEvidence {
  readonly facts: readonly Fact[];
  readonly derivations: readonly Derivation[];
  readonly quotes: readonly Quote[];
  readonly names: readonly string[];
}

/** A number the guard could not verify, and why. */
export interface GuardRejection {
  readonly text: string;
  readonly reason: 'not_in_lookups' | 'wrong_direction';
}

export interface GuardResult {
  readonly checked: number;
  readonly verified: number;
  readonly rejected: readonly GuardRejection[];
  /** Derivations the guard recomputed for numbers in the text, to be carried with the answer. */
  readonly recomputed: readonly Derivation[];
}

// Only words whose direction does not depend on the line: "lägre än budget" is good
// for a cost and bad for income, so it says nothing here.
const BETTER = /(överskott|bättre än|positiv avvikelse|surplus|better than|underspen)/i;
const WORSE = /(underskott|sämre än|negativ avvikelse|överskrid|deficit|worse than|overspen)/i;

interface Typed extends Candidate {
  readonly deviation: boolean;
}

function isDeviationFact(fact: Fact): boolean {
  return fact.measure === 'deviation' || fact.measure === 'forecast_deviation';
}

function isDeviationDerivation(derivation: Derivation): boolean {
  return /budget|target|reported (forecast )?deviation/.test(derivation.expression) && !/×\s*100/.test(derivation.expression);
}

/** Checks every number in `text` against `evidence`. */
export function guardModelText(text: string, evidence: TurnEvidence): GuardResult {
  const direct: Typed[] = [
    ...evidence.facts.map((fact) => ({ value: new Dec(fact.value), unit: fact.unit, description: `${fact.item} ${fact.measure}`, deviation: isDeviationFact(fact) })),
    ...evidence.derivations.map((derivation) => ({ value: new Dec(derivation.value), unit: derivation.unit, description: derivation.expression, deviation: isDeviationDerivation(derivation) })),
  ];
  let recomputed: Candidate[] | null = null;
  const masked = [...evidence.quotes.map((quote) => quote.text), ...evidence.names, ...evidence.facts.flatMap((fact) => [fact.org, fact.item])];
  const numbers = extractNumbers(text, masked);
  const rejected: GuardRejection[] = [];
  const used: Derivation[] = [];
  for (const number of numbers) {
    const matched = direct.filter((candidate) => matchesCandidate(number, candidate));
    if (matched.length === 0) {
      // One off a figure the report prints is that figure misread or recomputed from rounded
      // ones (74,9 for 74,8; 1 731 for 1 730): the printed figure is the one to show.
      if (nearPrintedFigure(number, evidence.facts)) {
        rejected.push({ text: number.text, reason: 'not_in_lookups' });
        continue;
      }
      recomputed ??= derivedCandidates(evidence.facts);
      const found = recomputed.find((candidate) => matchesCandidate(number, candidate));
      if (found) used.push({ expression: found.description, value: found.value.toString(), unit: found.unit });
      else rejected.push({ text: number.text, reason: 'not_in_lookups' });
      continue;
    }
    if (matched.every((candidate) => candidate.deviation) && contradictsDirection(text, number, matched)) rejected.push({ text: number.text, reason: 'wrong_direction' });
  }
  return { checked: numbers.length, verified: numbers.length - rejected.length, rejected, recomputed: used };
}

/** Whether an exact number of at least three digits is one unit of its last digit from a fact (and not the fact). */
function nearPrintedFigure(number: StatedNumber, facts: readonly Fact[]): boolean {
  const step = new Dec(10).pow(-number.decimals);
  // Small numbers (0 beside 1) are near each other by chance.
  if (number.approximation !== null || number.value.abs().dividedBy(step).lessThan(100)) return false;
  const neighbours = [number.value.plus(step), number.value.minus(step)].map((value) => ({ ...number, value }));
  return facts.some((fact) => {
    const candidate = { value: new Dec(fact.value), unit: fact.unit };
    return !matchesCandidate(number, candidate) && neighbours.some((neighbour) => matchesCandidate(neighbour, candidate));
  });
}

// The words of the clause around a deviation must not say the opposite of its sign.
function contradictsDirection(text: string, number: StatedNumber, matched: readonly Typed[]): boolean {
  const start = Math.max(0, text.lastIndexOf('.', number.start) + 1, number.start - 60);
  const endOfSentence = text.slice(number.start).search(/[.;\n]/);
  const end = endOfSentence < 0 ? Math.min(text.length, number.start + 80) : Math.min(number.start + endOfSentence, number.start + 80);
  const clause = text.slice(start, end);
  const saysBetter = BETTER.test(clause);
  const saysWorse = WORSE.test(clause);
  if (saysBetter === saysWorse) return false;
  const positive = matched.every((candidate) => candidate.value.isPositive());
  const negative = matched.every((candidate) => candidate.value.isNegative());
  return (saysBetter && negative) || (saysWorse && positive);
}
