// The records the core reads from a figure store. Values are exact decimals;
// how the store keeps them (scaled integers) never leaks past the adapter.
import type { Dec } from '../numbers/decimal.js';
import type { Unit } from '../numbers/units.js';
import type { Better, ItemKind, Measure, OrganisationKind } from './vocabulary.js';
import type { Period } from './period.js';

/** A node of the organisation tree. */
export interface OrganisationRecord {
  readonly id: number;
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly parentId: number | null;
  /** The money unit the organisation's reports use, when known. */
  readonly reportUnit: 'tkr' | 'mnkr' | null;
  readonly aliases: readonly string[];
}

/** A report line of one organisation. */
export interface LineItemRecord {
  readonly id: number;
  readonly organisationId: number;
  readonly name: string;
  readonly key: string;
  readonly kind: ItemKind;
  readonly parentId: number | null;
  readonly sortOrder: number;
  readonly better: Better;
}

/** One stored figure with its provenance. */
export interface FigureRecord {
  readonly lineItemId: number;
  readonly period: Period;
  readonly measure: Measure;
  readonly breakdownGroup: string;
  readonly breakdown: string;
  /** The value expressed in `unit`, exact. */
  readonly value: Dec;
  readonly unit: Unit;
  /** Decimals the report showed. */
  readonly decimals: number;
  readonly madeIn: Period | null;
  readonly source: string;
  readonly section: string;
  readonly remark: string;
  readonly batchId: number;
}

/** A deviation explanation or other note on record. */
export interface NoteRecord {
  readonly id: number;
  readonly organisationId: number;
  readonly lineItemId: number | null;
  readonly period: Period;
  readonly text: string;
  readonly author: string;
  readonly source: string;
  readonly createdAt: Date;
}
