// What the figure import needs from a store, inside one transaction. The store
// adapter implements it; the import logic stays free of database code.
import type { FigureRow } from './figure-row-schema.js';
import type { ItemDefinition } from './figure-import-checker.js';
import type { ImportCheck } from './figure-relations.js';
import type { StoredMoneyFigure } from './unit-errors-against-store.js';

/** A figure ready to write: ids resolved, value already a scaled integer. */
export interface PreparedFigure {
  readonly lineItemId: number;
  readonly row: FigureRow;
  readonly sourceId: number;
}

/** A check ready to write, with its line item resolved. */
export interface PreparedCheck {
  readonly lineItemId: number;
  readonly check: ImportCheck;
}

/** Store operations of one import transaction. Throwing from the caller rolls all back. */
export interface FigureImportSink {
  /** Organisation names (and ids) in the store when the import began. */
  readonly organisationIds: ReadonlyMap<string, number>;
  /** Each organisation's parent's name (null at the top), for totals summed over sub-units. */
  readonly organisationParents: ReadonlyMap<string, string | null>;
  /** Existing line items as `organisation\0item`, for parent references. */
  readonly existingItems: ReadonlySet<string>;
  /** Creates or updates a line item (without its parent); returns its id. */
  upsertLineItem(organisationId: number, definition: ItemDefinition): Promise<number>;
  /** Sets parents once every item exists. */
  linkParent(itemId: number, parentItemId: number): Promise<void>;
  /** Id of an existing item of an organisation, by name. */
  findLineItemId(organisationId: number, name: string): Promise<number | undefined>;
  /** The id of a source document, created when new; a non-empty `title` names the report. */
  sourceId(document: string, title: string): Promise<number>;
  /** Money figures already stored for these line items (without a reference), for the unit check. */
  storedMoneyFigures(lineItemIds: readonly number[]): Promise<StoredMoneyFigure[]>;
  /** Inserts or replaces figures by key, recording the batch; a sink may buffer them. */
  writeFigures(batchId: number, figures: readonly PreparedFigure[]): Promise<void>;
  /** Writes whatever `writeFigures` buffered; called once, after the last figures. */
  finishFigures(): Promise<void>;
  /** Records the batch's arithmetic checks. */
  writeChecks(batchId: number, checks: readonly PreparedCheck[]): Promise<void>;
}
