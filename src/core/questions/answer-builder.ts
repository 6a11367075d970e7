// Collects an answer while it is written: every figure the text states is added
// as a fact or derivation at the moment it is formatted, so the text cannot show
// a number that the answer does not also carry.
import type { Dec } from '../numbers/decimal.js';
import { formatNumber, NO_BREAK_SPACE } from '../numbers/format-swedish.js';
import type { Unit } from '../numbers/units.js';
import { formatPeriod } from '../figures/period.js';
import { shownDecimals, type StatementValue, type DerivedValue } from '../figures/build-statement.js';
import { figureLabel, figureNotes, sourceName } from '../evidence/describe-figure.js';
import { derivationLabel } from '../evidence/describe-derivation.js';
import type { Answer, AnswerStatus, Derivation, Fact, Language, Quote } from '../answering/answer.js';

/** How a figure is to be shown. */
export interface ShowOptions {
  /** Show the magnitude only; the sentence says the direction (costs, deviations). */
  readonly magnitude?: boolean;
  readonly signed?: boolean;
  readonly decimals?: number;
}

/** The fact a stored value is: exact, in its stored unit, with its source, described in `language` for "Visa underlag". */
export function factOf(organisationName: string, itemName: string, statementValue: StatementValue, language: Language = 'sv'): Fact {
  const { figure } = statementValue;
  const notes = figureNotes(figure, language);
  return {
    org: organisationName,
    item: itemName,
    measure: figure.measure,
    period: formatPeriod(figure.period),
    ...(figure.reference ? { reference: formatPeriod(figure.reference) } : {}),
    ...(figure.breakdown ? { breakdown: figure.breakdown } : {}),
    value: figure.value.toString(),
    unit: figure.unit,
    source: sourceName(figure),
    label: figureLabel(figure, statementValue.itemKind, language),
    shown: showValue(figure.value, figure.unit, Math.max(figure.decimals, 0), { signed: false }),
    ...(notes.length > 0 ? { notes } : {}),
  };
}

/** The derivation a computed value is. */
export function derivationOf(value: DerivedValue, language: Language = 'sv'): Derivation {
  return { expression: value.expression, value: value.value.toString(), unit: value.unit, label: derivationLabel(value.expression, language) };
}

/** A value with its unit as Utfall writes it: `70 328 tkr`, `2,73 %`, `78` (an index or count carries no unit word). */
function showValue(value: Dec, unit: Unit, decimals: number, options: ShowOptions): string {
  const shown = options.magnitude ? value.abs() : value;
  const number = formatNumber(shown, decimals, { signed: options.signed ?? false });
  return unit === '%' || unit === 'st' || unit === 'index' || unit === 'skala' ? (unit === '%' ? `${number}${NO_BREAK_SPACE}%` : number) : `${number}${NO_BREAK_SPACE}${unit}`;
}

export class AnswerBuilder {
  private readonly facts: Fact[] = [];
  /** Each recorded fact as JSON: a fact is recorded once, however often the text shows it. */
  private readonly recorded = new Set<string>();
  private readonly derivations: Derivation[] = [];
  private readonly quotes: Quote[] = [];
  private readonly names = new Set<string>();

  constructor(
    readonly language: Language,
    private readonly organisationName: (organisationId: number) => string,
  ) {}

  /** Records a stored value and returns it formatted, e.g. `70 328 tkr`; a converted one keeps its source's precision (−696 353 tkr is −696,4 mnkr). */
  fact(organisationId: number, itemName: string, statementValue: StatementValue, options: ShowOptions = {}): string {
    const fact = factOf(this.organisationName(organisationId), itemName, statementValue, this.language);
    const key = JSON.stringify(fact);
    if (!this.recorded.has(key)) {
      this.recorded.add(key);
      this.facts.push(fact);
    }
    const decimals = options.decimals ?? shownDecimals(statementValue);
    return this.show(statementValue.value, statementValue.unit, decimals, options);
  }

  /** Records a stored value a derivation in the text was computed from, without showing it. */
  support(organisationId: number, itemName: string, statementValue: StatementValue): void {
    this.fact(organisationId, itemName, statementValue);
  }

  /**
   * Records a derived value and returns it formatted. A value the report prints
   * (`reported`) is recorded and shown as the stored figure it is, with the
   * precision the report printed, never as a derivation.
   */
  derived(value: DerivedValue, options: ShowOptions & { decimals: number }): string {
    if (value.reported) {
      const { organisationId, itemName, value: stored } = value.reported;
      return this.fact(organisationId, itemName, stored, { ...options, decimals: stored.unit === value.unit ? shownDecimals(stored) : options.decimals });
    }
    const derivation: Derivation = { ...derivationOf(value, this.language), shown: showValue(value.value, value.unit, options.decimals, { signed: value.value.isNegative() }) };
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
    return showValue(value, unit, decimals, options);
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
