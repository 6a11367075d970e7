-- DropIndex
DROP INDEX "Figure_lineItemId_year_month_measure_breakdownGroup_breakdo_key";

-- AlterTable
ALTER TABLE "LineItem" ADD COLUMN     "totalOf" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Figure" ADD COLUMN     "flag" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "reference" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "title" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "FigureCheck" (
    "id" SERIAL NOT NULL,
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

    CONSTRAINT "FigureCheck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FigureCheck_lineItemId_year_month_idx" ON "FigureCheck"("lineItemId", "year", "month");

-- CreateIndex
CREATE INDEX "FigureCheck_batchId_idx" ON "FigureCheck"("batchId");

-- CreateIndex
CREATE UNIQUE INDEX "Figure_lineItemId_year_month_measure_breakdownGroup_breakdo_key" ON "Figure"("lineItemId", "year", "month", "measure", "breakdownGroup", "breakdown", "reference");

-- AddForeignKey
ALTER TABLE "FigureCheck" ADD CONSTRAINT "FigureCheck_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "ImportBatch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FigureCheck" ADD CONSTRAINT "FigureCheck_lineItemId_fkey" FOREIGN KEY ("lineItemId") REFERENCES "LineItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

