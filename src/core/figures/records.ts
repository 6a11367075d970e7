// The records the core reads from a figure store. Values are exact decimals;
// how the store keeps them (scaled integers) never leaks past the adapter.
import type { Dec } from '../numbers/decimal.js';
import type { Unit } from '../numbers/units.js';
import type { Better, ItemKind, Measure, OrganisationKind, TotalOf } from './vocabulary.js';
import type { Period } from './period.js';

/** A node of the organisation tree. */
export interface OrganisationRecord {
  readonly id: number;
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly parentId: number | null;
  /** The id of the tree's root (a root's own id): names are unique within a tree. Absent in older fakes. */
  readonly treeId?: number;
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
  /** What adds up to the line (see TotalOf); empty or absent when nothing does. */
  readonly totalOf?: TotalOf;
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
  /** The other period the figure is about (see docs/import-format.md); null or absent when none. */
  readonly reference?: Period | null;
  readonly source: string;
  /** The report's name ("Delårsbokslut augusti 2024, Kommunstyrelsen"); empty or absent when the import gave none. */
  readonly sourceTitle?: string;
  readonly section: string;
  readonly remark: string;
  /** A flagged note: where the report contradicts itself about this figure. Empty or absent when none. */
  readonly flag?: string;
  /** The import's arithmetic checks of this figure that found a difference (rounding or beyond). */
  readonly checks?: readonly FigureCheckRecord[];
  readonly batchId: number;
}

/** The relations the import checks between printed figures. */
export const CHECK_RELATIONS = ['deviation', 'forecast_deviation', 'prior_year_change', 'deviation_percent', 'prior_year_change_percent', 'share', 'forecast_change', 'total'] as const;
export type CheckRelation = (typeof CHECK_RELATIONS)[number];

/** What a check found: the printed figure agrees, differs within the rounding of the figures, or differs beyond it. */
export type CheckOutcome = 'agrees' | 'rounding' | 'warning';

/** One arithmetic check of a printed figure, as recorded with its import batch. */
export interface FigureCheckRecord {
  readonly relation: CheckRelation;
  readonly outcome: CheckOutcome;
  /** The printed value and the value the relation gives, both in `unit`, exact. */
  readonly reported: Dec;
  readonly computed: Dec;
  readonly unit: Unit;
  /** Decimals the printed figure has; the computed value is shown with as many. */
  readonly decimals: number;
  /** The arithmetic in report notation: "114 196 − 112 465". */
  readonly formula: string;
  /** File lines involved, the printed figure's first. */
  readonly lines: readonly number[];
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
  /** The section of the source the note comes from, when known ("Ekonomi > Drift > Prognos och prognosförändring"). */
  readonly section?: string;
  /** The import batch that wrote it; null for a note a person wrote in chat or with `note`. */
  readonly batchId?: number | null;
  readonly createdAt: Date;
}
