// Collects an answer while it is written: every figure the text states is added
// as a fact or derivation at the moment it is formatted, so the text cannot show
// a number that the answer does not also carry.
import type { Dec } from '../numbers/decimal.js';
import { defaultDecimals, formatNumber, NO_BREAK_SPACE } from '../numbers/format-swedish.js';
import type { Unit } from '../numbers/units.js';
import { formatPeriod } from '../figures/period.js';
import type { StatementValue, DerivedValue } from '../figures/build-statement.js';
import type { Answer, AnswerStatus, Derivation, Fact, Language, Quote } from './answer.js';

/** How a figure is to be shown. */
export interface ShowOptions {
  /** Show the magnitude only; the sentence says the direction (costs, deviations). */
  readonly magnitude?: boolean;
  readonly signed?: boolean;
  readonly decimals?: number;
}

/** The fact a stored value is: exact, in its stored unit, with its source. */
export function factOf(organisationName: string, itemName: string, statementValue: StatementValue): Fact {
  const { figure } = statementValue;
  return {
    org: organisationName,
    item: itemName,
    measure: figure.measure,
    period: formatPeriod(figure.period),
    ...(figure.breakdown ? { breakdown: figure.breakdown } : {}),
    value: figure.value.toString(),
    unit: figure.unit,
    source: figure.section ? `${figure.source} (${figure.section})` : figure.source,
  };
}

/** The derivation a computed value is. */
export function derivationOf(value: DerivedValue): Derivation {
  return { expression: value.expression, value: value.value.toString(), unit: value.unit };
}

export class AnswerBuilder {
  private readonly facts: Fact[] = [];
  private readonly derivations: Derivation[] = [];
  private readonly quotes: Quote[] = [];
  private readonly names = new Set<string>();

  constructor(
    readonly language: Language,
    private readonly organisationName: (organisationId: number) => string,
  ) {}

  /** Records a stored value and returns it formatted, e.g. `70 328 tkr`. */
  fact(organisationId: number, itemName: string, statementValue: StatementValue, options: ShowOptions = {}): string {
    const fact = factOf(this.organisationName(organisationId), itemName, statementValue);
    if (!this.facts.some((known) => JSON.stringify(known) === JSON.stringify(fact))) this.facts.push(fact);
    const decimals = options.decimals ?? (statementValue.unit === statementValue.figure.unit ? Math.max(statementValue.figure.decimals, 0) : defaultDecimals(statementValue.unit));
    return this.show(statementValue.value, statementValue.unit, decimals, options);
  }

  /** Records a stored value a derivation in the text was computed from, without showing it. */
  support(organisationId: number, itemName: string, statementValue: StatementValue): void {
    this.fact(organisationId, itemName, statementValue);
  }

  /** Records a derived value and returns it formatted. */
  derived(value: DerivedValue, options: ShowOptions & { decimals: number }): string {
    const derivation: Derivation = { expression: value.expression, value: value.value.toString(), unit: value.unit };
    if (!this.derivations.some((known) => known.expression === derivation.expression && known.value === derivation.value)) this.derivations.push(derivation);
    return this.show(value.value, value.unit, options.decimals, options);
  }

  /** Names of organisations and lines the text may mention; those it does are listed in the answer. */
  knowNames(names: Iterable<string>): void {
    for (const name of names) this.names.add(name);
  }

  /** Records a quoted note and returns it in quotation marks. */
  quote(quote: Quote): string {
    this.quotes.push(quote);
    return `”${quote.text}”`;
  }

  private show(value: Dec, unit: Unit, decimals: number, options: ShowOptions): string {
    const shown = options.magnitude ? value.abs() : value;
    const number = formatNumber(shown, decimals, { signed: options.signed ?? false });
    return unit === '%' || unit === 'st' || unit === 'index' || unit === 'skala' ? (unit === '%' ? `${number}${NO_BREAK_SPACE}%` : number) : `${number}${NO_BREAK_SPACE}${unit}`;
  }

  /** The finished answer. */
  build(status: AnswerStatus, text: string, options: readonly string[] = []): Answer {
    return {
      status,
      text,
      facts: status === 'answered' ? this.facts : [],
      derivations: status === 'answered' ? this.derivations : [],
      quotes: this.quotes,
      names: [...new Set([...this.names, ...this.facts.flatMap((fact) => [fact.org, fact.item])])].filter((name) => name !== '' && text.includes(name)),
      options: [...options],
      language: this.language,
      engine: 'offline',
      guard: { checked: 0, verified: 0, rejected: [] },
    };
  }
}
