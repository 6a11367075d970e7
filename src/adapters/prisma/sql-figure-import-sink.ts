// The figure import's store operations on a raw driver session (see sql-session.ts),
// with figures going through the database's fastest writer.
import type { FigureImportSink, PreparedCheck } from '../../core/import/figure-import-sink.js';
import type { StoredMoneyFigure } from '../../core/import/unit-errors-against-store.js';
import { formatPeriod } from '../../core/figures/period.js';
import { maxStoredDecimals, toScaledInteger } from '../../core/numbers/scaled-integer.js';
import { Dec } from '../../core/numbers/decimal.js';
import { MONEY_UNITS, type Unit } from '../../core/numbers/units.js';
import type { ItemDefinition } from '../../core/import/figure-import-checker.js';
import { itemKey } from '../../core/figures/item-key.js';
import type { SqlSession } from './sql-session.js';
import type { FigureWriter } from './figure-writers.js';
import type { OrganisationDirectory } from '../../core/import/organisation-directory.js';

type IdRow = { id: number };
type Integer = number | bigint;

// Checks are few next to figures, but a large file can still give thousands: a
// multi-row INSERT keeps them to a handful of round trips.
const CHECK_COLUMNS = ['batchId', 'lineItemId', 'year', 'month', 'measure', 'breakdownGroup', 'breakdown', 'reference', 'relation', 'outcome', 'reportedE4', 'computedE4', 'unit', 'decimals', 'formula', 'lines'] as const;
const CHECKS_PER_STATEMENT = 200;

function checkTuple(batchId: number, { lineItemId, check }: PreparedCheck): unknown[] {
  return [
    batchId,
    lineItemId,
    check.period.year,
    check.period.month,
    check.measure,
    check.breakdownGroup,
    check.breakdown,
    check.reference ? formatPeriod(check.reference) : '',
    check.relation,
    check.outcome,
    toScaledInteger(check.reported, check.unit),
    // What the relation gives may need more digits than the store keeps (a share is a quotient): keep what fits.
    toScaledInteger(check.computed.toDecimalPlaces(maxStoredDecimals(check.unit), Dec.ROUND_HALF_UP), check.unit),
    check.unit,
    check.decimals,
    check.formula,
    check.lines.join(','),
  ];
}

/**
 * Builds the sink; loads existing items first. Organisations are known by their
 * labels in `directory` (the name, or "name (tree)" where several trees have it), the
 * names rows are resolved to before they reach the import.
 */
export async function createSqlFigureImportSink(session: SqlSession, writer: FigureWriter, directory: OrganisationDirectory): Promise<FigureImportSink> {
  const organisationIds = new Map(directory.organisations.map((organisation) => [directory.label(organisation), organisation.id]));
  const labelsById = new Map(directory.organisations.map((organisation) => [organisation.id, directory.label(organisation)]));
  const organisationParents = new Map(directory.organisations.map((organisation) => [directory.label(organisation), organisation.parentId === null ? null : (labelsById.get(organisation.parentId) ?? null)]));
  const items = await session.all<{ organisationId: Integer; name: string }>('SELECT "organisationId", "name" FROM "LineItem"');
  const existingItems = new Set(items.map((item) => `${labelsById.get(Number(item.organisationId))}\u0000${item.name}`));
  const sources = new Map<string, number>();

  const single = async (sql: string, params: readonly unknown[]): Promise<number | undefined> => {
    const [row] = await session.all<IdRow>(sql, params);
    return row === undefined ? undefined : Number(row.id);
  };

  return {
    organisationIds,
    organisationParents,
    existingItems,
    async upsertLineItem(organisationId: number, definition: ItemDefinition) {
      const id = await single(
        'INSERT INTO "LineItem" ("organisationId", "name", "key", "kind", "sortOrder", "better", "totalOf") VALUES (?, ?, ?, ?, ?, ?, ?) ' +
          'ON CONFLICT ("organisationId", "name") DO UPDATE SET "key" = excluded."key", "kind" = excluded."kind", "sortOrder" = excluded."sortOrder", "better" = excluded."better", "totalOf" = excluded."totalOf" RETURNING "id"',
        [organisationId, definition.name, itemKey(definition.name), definition.kind, definition.order, definition.better, definition.totalOf],
      );
      return id!;
    },
    async linkParent(itemId, parentItemId) {
      await session.all('UPDATE "LineItem" SET "parentId" = ? WHERE "id" = ?', [parentItemId, itemId]);
    },
    async findLineItemId(organisationId, name) {
      return single('SELECT "id" FROM "LineItem" WHERE "organisationId" = ? AND "name" = ?', [organisationId, name]);
    },
    async sourceId(document, title) {
      const known = sources.get(document);
      if (known !== undefined) return known;
      const id =
        (await single('SELECT "id" FROM "Source" WHERE "document" = ?', [document])) ??
        (await single('INSERT INTO "Source" ("document") VALUES (?) RETURNING "id"', [document]))!;
      // A file that names the report names it for every figure from that document.
      if (title !== '') await session.all('UPDATE "Source" SET "title" = ? WHERE "id" = ?', [title, id]);
      sources.set(document, id);
      return id;
    },
    async storedMoneyFigures(lineItemIds) {
      if (lineItemIds.length === 0) return [];
      const rows = await session.all<{ lineItemId: Integer; year: Integer; month: Integer; measure: string; breakdownGroup: string; breakdown: string; valueE4: Integer; unit: string; decimals: Integer }>(
        `SELECT "lineItemId", "year", "month", "measure", "breakdownGroup", "breakdown", "valueE4", "unit", "decimals" FROM "Figure" WHERE "reference" = '' AND "unit" IN (${MONEY_UNITS.map(() => '?').join(', ')}) AND "lineItemId" IN (${lineItemIds.map(() => '?').join(', ')})`,
        [...MONEY_UNITS, ...lineItemIds],
      );
      return rows.map(
        (row): StoredMoneyFigure => ({
          lineItemId: Number(row.lineItemId),
          period: { year: Number(row.year), month: Number(row.month) },
          measure: row.measure,
          breakdownGroup: row.breakdownGroup,
          breakdown: row.breakdown,
          valueE4: BigInt(row.valueE4),
          unit: row.unit as Unit,
          decimals: Number(row.decimals),
        }),
      );
    },
    writeFigures: (batchId, figures) => writer.write(batchId, figures),
    finishFigures: () => writer.finish(),
    async writeChecks(batchId, checks) {
      for (let start = 0; start < checks.length; start += CHECKS_PER_STATEMENT) {
        const chunk = checks.slice(start, start + CHECKS_PER_STATEMENT);
        const values = chunk.map(() => `(${CHECK_COLUMNS.map(() => '?').join(', ')})`).join(', ');
        await session.all(`INSERT INTO "FigureCheck" (${CHECK_COLUMNS.map((column) => `"${column}"`).join(', ')}) VALUES ${values}`, chunk.flatMap((check) => checkTuple(batchId, check)));
      }
    },
  };
}
