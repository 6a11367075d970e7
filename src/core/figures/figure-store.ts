// What the core needs from a store of figures. The Prisma adapter in src/adapters/prisma
// implements it; tests may use an in-memory one.
import type { Unit } from '../numbers/units.js';
import type { FigureRecord, LineItemRecord, NoteRecord, OrganisationRecord } from './records.js';
import type { Period } from './period.js';
import type { DeviationMeasure, Measure } from './vocabulary.js';

/** Which figures to read: always by organisation, optionally narrowed to periods. */
export interface FigureFilter {
  readonly organisationIds: readonly number[];
  /** Only figures of these report periods (all when absent). */
  readonly periods?: readonly Period[];
  /** Only figures of these line items (all of the organisations' when absent). */
  readonly lineItemIds?: readonly number[];
}

/**
 * What can be asked about: every organisation, every line item and each
 * organisation's report periods, as of one store version. It changes only through
 * imports, so a store reads it once per version and the question engine indexes it once.
 */
export interface StoreCatalogue {
  /** Changes whenever an import changes the store (the number of committed import batches). */
  readonly version: number;
  readonly organisations: readonly OrganisationRecord[];
  readonly lineItems: readonly LineItemRecord[];
  /** Report periods per organisation id, oldest first; organisations without figures are absent. */
  readonly reportPeriods: ReadonlyMap<number, readonly Period[]>;
}

/** A figure's value without its provenance: enough to rank many units by, not to show. */
export type FigureValue = Pick<FigureRecord, 'lineItemId' | 'period' | 'measure' | 'breakdownGroup' | 'breakdown' | 'reference' | 'value' | 'unit' | 'decimals'>;

/**
 * The figures one statement row's deviations are made of (a line, a period, a breakdown),
 * gathered by the store into one record: a ranking of hundreds of units reads these, a
 * fifth of the rows of listFigureValues, then the figures of the few it shows.
 */
export interface DeviationInputs {
  readonly lineItemId: number;
  readonly period: Period;
  readonly breakdownGroup: string;
  readonly breakdown: string;
  /** The one unit of all the row's figures other than percentages; null where they differ or there are none (read such a row figure by figure). */
  readonly unit: Unit | null;
  /**
   * The value_e4 (scaled-integer.ts: the value in its base unit × 10 000, exact) of each deviation
   * measure the row has about its own period (a figure with a reference is not one of them); none
   * where `unit` is null. Integers as stored: a ranking subtracts and compares hundreds of them
   * and turns into decimals only the few it shows (read-deviation-rows.ts).
   */
  readonly valuesE4: Partial<Record<DeviationMeasure, bigint>>;
}

/** Read access to organisations, line items, figures and notes. */
export interface FigureStore {
  /** The catalogue as of now; cheap when the store has not changed since the last call. */
  loadCatalogue(): Promise<StoreCatalogue>;
  listOrganisations(): Promise<OrganisationRecord[]>;
  listLineItems(organisationIds: readonly number[]): Promise<LineItemRecord[]>;
  listFigures(filter: FigureFilter): Promise<FigureRecord[]>;
  /** The values `filter` selects, unordered and without provenance: a ranking of hundreds of units reads these, then the figures of the few it shows. */
  listFigureValues(filter: FigureFilter): Promise<FigureValue[]>;
  /** The ids of the lines among those `filter` selects that have a figure of one of `measures`, unordered: which of 40 tied lines can answer, without reading their 2 400 figures. */
  findLinesWithMeasures(filter: FigureFilter, measures: readonly Measure[]): Promise<number[]>;
  /** The deviation inputs of the statement rows of the figures `filter` selects, unordered (see DeviationInputs). */
  listDeviationInputs(filter: FigureFilter): Promise<DeviationInputs[]>;
  /** The report periods that have figures for an organisation, oldest first. */
  listReportPeriods(organisationId: number): Promise<Period[]>;
  listNotes(filter: FigureFilter): Promise<NoteRecord[]>;
}
