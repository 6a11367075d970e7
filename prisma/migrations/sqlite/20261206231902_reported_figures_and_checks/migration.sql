-- CreateTable
CREATE TABLE "FigureCheck" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "batchId" INTEGER NOT NULL,
    "lineItemId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "measure" TEXT NOT NULL,
    "breakdownGroup" TEXT NOT NULL DEFAULT '',
    "breakdown" TEXT NOT NULL DEFAULT '',
    "reference" TEXT NOT NULL DEFAULT '',
    "relation" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "reportedE4" BIGINT NOT NULL,
    "computedE4" BIGINT NOT NULL,
    "unit" TEXT NOT NULL,
    "decimals" INTEGER NOT NULL,
    "formula" TEXT NOT NULL,
    "lines" TEXT NOT NULL,
    CONSTRAINT "FigureCheck_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "ImportBatch" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FigureCheck_lineItemId_fkey" FOREIGN KEY ("lineItemId") REFERENCES "LineItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_LineItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "organisationId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "parentId" INTEGER,
    "sortOrder" INTEGER NOT NULL,
    "better" TEXT NOT NULL,
    "totalOf" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "LineItem_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LineItem_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "LineItem" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_LineItem" ("better", "id", "key", "kind", "name", "organisationId", "parentId", "sortOrder") SELECT "better", "id", "key", "kind", "name", "organisationId", "parentId", "sortOrder" FROM "LineItem";
DROP TABLE "LineItem";
ALTER TABLE "new_LineItem" RENAME TO "LineItem";
CREATE INDEX "LineItem_key_idx" ON "LineItem"("key");
CREATE UNIQUE INDEX "LineItem_organisationId_name_key" ON "LineItem"("organisationId", "name");
CREATE TABLE "new_Figure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "lineItemId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "measure" TEXT NOT NULL,
    "breakdownGroup" TEXT NOT NULL DEFAULT '',
    "breakdown" TEXT NOT NULL DEFAULT '',
    "reference" TEXT NOT NULL DEFAULT '',
    "valueE4" BIGINT NOT NULL,
    "unit" TEXT NOT NULL,
    "decimals" INTEGER NOT NULL,
    "madeInYear" INTEGER,
    "madeInMonth" INTEGER,
    "sourceId" INTEGER NOT NULL,
    "section" TEXT NOT NULL,
    "remark" TEXT NOT NULL DEFAULT '',
    "flag" TEXT NOT NULL DEFAULT '',
    "batchId" INTEGER NOT NULL,
    CONSTRAINT "Figure_lineItemId_fkey" FOREIGN KEY ("lineItemId") REFERENCES "LineItem" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Figure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Figure_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "ImportBatch" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Figure" ("batchId", "breakdown", "breakdownGroup", "decimals", "id", "lineItemId", "madeInMonth", "madeInYear", "measure", "month", "remark", "section", "sourceId", "unit", "valueE4", "year") SELECT "batchId", "breakdown", "breakdownGroup", "decimals", "id", "lineItemId", "madeInMonth", "madeInYear", "measure", "month", "remark", "section", "sourceId", "unit", "valueE4", "year" FROM "Figure";
DROP TABLE "Figure";
ALTER TABLE "new_Figure" RENAME TO "Figure";
CREATE INDEX "Figure_year_month_idx" ON "Figure"("year", "month");
CREATE INDEX "Figure_batchId_idx" ON "Figure"("batchId");
CREATE UNIQUE INDEX "Figure_lineItemId_year_month_measure_breakdownGroup_breakdown_reference_key" ON "Figure"("lineItemId", "year", "month", "measure", "breakdownGroup", "breakdown", "reference");
CREATE TABLE "new_Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "document" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT ''
);
INSERT INTO "new_Source" ("document", "id") SELECT "document", "id" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
CREATE UNIQUE INDEX "Source_document_key" ON "Source"("document");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "FigureCheck_lineItemId_year_month_idx" ON "FigureCheck"("lineItemId", "year", "month");

-- CreateIndex
CREATE INDEX "FigureCheck_batchId_idx" ON "FigureCheck"("batchId");

