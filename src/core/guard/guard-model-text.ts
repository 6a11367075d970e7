// The guard on a model's text and on drafts: every number must be a looked-up fact,
// a derivation a tool returned, or one the guard recomputes from the facts; it must
// be the figure the sentence says it is (a number called "budgeten" must be a
// budget, of the line, organisation and period the sentence names; see
// read-number-claims.ts); and a deviation's direction in words ("överskott", "worse
// than budget") must agree with its sign.
import { Dec } from '../numbers/decimal.js';
import type { Derivation, Evidence, Fact } from '../answering/answer.js';
import { derivationCandidate, factCandidate, type BoundCandidate } from './bound-candidates.js';
import { matchesCandidate } from './check-answer-numbers.js';
import { claimAllows } from './claim-allows.js';
import { derivedCandidates } from './derived-candidates.js';
import { extractNumbers, type StatedNumber } from './extract-numbers.js';
import { foldText } from '../language/fold-text.js';
import { loadGuardLexicon } from './lexicon/load-guard-lexicon.js';
import { readAnswerWords } from './read-answer-words.js';
import { askedSubject, readNumberClaims, type NumberClaim } from './read-number-claims.js';

/** What the model's turn looked up. */
export type TurnEvidence = Evidence;

/**
 * A number the guard could not verify, and why: no lookup has it, it is a looked-up
 * figure but not the one its words say (another line, role, period or organisation),
 * or its words give a deviation the wrong direction.
 */
export interface GuardRejection {
  readonly text: string;
  readonly reason: 'not_in_lookups' | 'misattributed' | 'wrong_direction';
  /** For a misattributed number: the words that said what it is, where there were any. */
  readonly said?: string;
}

export interface GuardResult {
  readonly checked: number;
  readonly verified: number;
  readonly rejected: readonly GuardRejection[];
  /** Derivations the guard recomputed for numbers in the text, to be carried with the answer. */
  readonly recomputed: readonly Derivation[];
}

const SCALES: Readonly<Record<string, readonly number[]>> = { kr: [1], tkr: [1e3], mnkr: [1e6] };

// Whether a recomputed value is anywhere near the number (within half, or a step of the
// rounding written), in floats, before its exact value is computed and compared.
function near(number: StatedNumber, candidate: BoundCandidate): boolean {
  if (candidate.approximately === undefined) return true;
  const money = candidate.unit === 'kr';
  const scales = money ? (number.unit === null ? [1, 1e3, 1e6] : (SCALES[number.unit] ?? [])) : [1];
  const stated = number.value.toNumber();
  const size = Math.abs(candidate.approximately);
  return scales.some((scale) => Math.abs(stated * scale - size) <= Math.max(0.5 * Math.max(stated * scale, size), 10 ** -number.decimals * scale));
}

const isDeviation = (candidate: BoundCandidate) => candidate.role === 'deviation' || candidate.role === 'forecast_deviation';

/** What the text answers: its question. A line or organisation named there is what a number is about when the answer names none. */
export interface GuardSubject {
  readonly question?: string;
}

function knownNames(facts: readonly Fact[]) {
  return { items: facts.map((fact) => fact.item), organisations: facts.map((fact) => fact.org), breakdowns: facts.map((fact) => fact.breakdown ?? '').filter((breakdown) => breakdown !== '') };
}

function readClaims(text: string, evidence: TurnEvidence, subject: GuardSubject): { numbers: StatedNumber[]; claims: NumberClaim[] } {
  const facts = evidence.facts;
  const numbers = extractNumbers(text, [...evidence.quotes.map((quote) => quote.text), ...evidence.names, ...facts.flatMap((fact) => [fact.org, fact.item, fact.breakdown ?? ''])]);
  const words = readAnswerWords(text, knownNames(facts), evidence.quotes.map((quote) => quote.text));
  const reports = facts.map((fact) => ({ year: Number(fact.period.slice(0, 4)), month: Number(fact.period.slice(5, 7)) }));
  const asked = subject.question ? askedSubject(readAnswerWords(subject.question, knownNames(facts)), reports) : null;
  return { numbers, claims: readNumberClaims(words, numbers, asked) };
}

/** Checks every number in `text` against `evidence`; `subject` is what the text answers. */
export function guardModelText(text: string, evidence: TurnEvidence, subject: GuardSubject = {}): GuardResult {
  const facts = evidence.facts;
  let pairs: BoundCandidate[] | null = null;
  const recomputedOnce = () => (pairs ??= derivedCandidates(facts));
  const direct: BoundCandidate[] = [
    ...facts.map(factCandidate).filter((candidate): candidate is BoundCandidate => candidate !== null),
    // A derivation's organisation, where several have its line, is found by computing it again.
    ...evidence.derivations.map((derivation) => derivationCandidate(derivation, facts, recomputedOnce)),
  ];
  const { numbers, claims } = readClaims(text, evidence, subject);
  const years = facts.map((fact) => Number(fact.period.slice(0, 4))).filter((year) => year > 0);
  const context = { latestYear: years.length > 0 ? Math.max(...years) : null, wholeLines: new Set(facts.filter((fact) => !fact.breakdown).map((fact) => `${fact.org}|${fact.item}`)), periodBudgets: new Set(facts.filter((fact) => fact.measure === 'budget' && !fact.breakdown).map((fact) => `${fact.org}|${fact.item}|${fact.period}`)) };
  const rejected: GuardRejection[] = [];
  const used: Derivation[] = [];
  numbers.forEach((number, index) => {
    const claim = claims[index]!;
    const fits = (candidate: BoundCandidate) => matchesCandidate(number, candidate);
    const allows = (candidate: BoundCandidate) => claimAllows(claim, candidate, context);
    // What the words say is checked first: it is cheap, and the recomputed pairs are many.
    let allowed = direct.filter((candidate) => allows(candidate) && fits(candidate));
    if (allowed.length === 0) {
      // One off a figure the report prints is that figure misread or recomputed from rounded
      // ones (74,9 for 74,8; 1 731 for 1 730): the printed figure is the one to show.
      if (!direct.some(fits) && nearPrintedFigure(number, facts)) {
        rejected.push({ text: number.text, reason: 'not_in_lookups' });
        return;
      }
      allowed = recomputedOnce().filter((candidate) => allows(candidate) && near(number, candidate) && fits(candidate));
      const found = allowed[0];
      if (found) used.push({ expression: found.description, value: found.value.toString(), unit: found.unit });
    }
    if (allowed.length === 0) {
      const misattributed = direct.some(fits) || recomputedOnce().some((candidate) => near(number, candidate) && fits(candidate));
      rejected.push(misattributed ? { text: number.text, reason: 'misattributed', ...(claim.label ? { said: claim.label } : {}) } : { text: number.text, reason: 'not_in_lookups' });
      return;
    }
    const signed = allowed.filter((candidate) => candidate.signed && isDeviation(candidate));
    if (allowed.every(isDeviation) && signed.length > 0 && contradictsDirection(text, number, signed)) rejected.push({ text: number.text, reason: 'wrong_direction' });
  });
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

/** How rejected numbers are named to a model in its repair round, in both languages as the repair prompt is. */
export function describeRejections(rejected: readonly GuardRejection[]): string {
  return rejected
    .map((entry) => {
      if (entry.reason === 'wrong_direction') return `"${entry.text}" (fel riktning / wrong direction)`;
      if (entry.reason === 'misattributed') return `"${entry.text}" (är inte den siffra som ${entry.said ? `"${entry.said}"` : 'meningen'} avser / is not the figure ${entry.said ? `"${entry.said}"` : 'the sentence'} refers to)`;
      return `"${entry.text}"`;
    })
    .join(', ');
}

/** What the guard reads each number of `text` to be said to be, for logs and tests. */
export function describeClaims(text: string, evidence: TurnEvidence, subject: GuardSubject = {}): { text: string; claim: NumberClaim }[] {
  const { numbers, claims } = readClaims(text, evidence, subject);
  return claims.map((claim, index) => ({ text: numbers[index]!.text, claim }));
}

// The words of the clause around a deviation must not say the opposite of its sign.
function contradictsDirection(text: string, number: StatedNumber, matched: readonly BoundCandidate[]): boolean {
  const { better, worse } = loadGuardLexicon().directions;
  const start = Math.max(0, text.lastIndexOf('.', number.start) + 1, number.start - 60);
  const endOfSentence = text.slice(number.start).search(/[.;\n]/);
  const end = endOfSentence < 0 ? Math.min(text.length, number.start + 80) : Math.min(number.start + endOfSentence, number.start + 80);
  const clause = foldText(text.slice(start, end));
  const saysBetter = better.some((word) => clause.includes(word));
  const saysWorse = worse.some((word) => clause.includes(word));
  if (saysBetter === saysWorse) return false;
  const positive = matched.every((candidate) => candidate.value.isPositive());
  const negative = matched.every((candidate) => candidate.value.isNegative());
  return (saysBetter && negative) || (saysWorse && positive);
}
