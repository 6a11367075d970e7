// What the figure import needs from a store, inside one transaction. The store
// adapter implements it; the import logic stays free of database code.
import type { FigureRow } from './figure-row-schema.js';
import type { ItemDefinition } from './figure-import-checker.js';

/** A figure ready to write: ids resolved, value already a scaled integer. */
export interface PreparedFigure {
  readonly lineItemId: number;
  readonly row: FigureRow;
  readonly sourceId: number;
}

/** Store operations of one import transaction. Throwing from the caller rolls all back. */
export interface FigureImportSink {
  /** Organisation names (and ids) in the store when the import began. */
  readonly organisationIds: ReadonlyMap<string, number>;
  /** Existing line items as `organisation\0item`, for parent references. */
  readonly existingItems: ReadonlySet<string>;
  /** Creates or updates a line item (without its parent); returns its id. */
  upsertLineItem(organisationId: number, definition: ItemDefinition): Promise<number>;
  /** Sets parents once every item exists. */
  linkParent(itemId: number, parentItemId: number): Promise<void>;
  /** Id of an existing item of an organisation, by name. */
  findLineItemId(organisationId: number, name: string): Promise<number | undefined>;
  sourceId(document: string): Promise<number>;
  /** Inserts or replaces figures by key, recording the batch; a sink may buffer them. */
  writeFigures(batchId: number, figures: readonly PreparedFigure[]): Promise<void>;
  /** Writes whatever `writeFigures` buffered; called once, after the last figures. */
  finishFigures(): Promise<void>;
}
