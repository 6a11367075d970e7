-- AlterTable
ALTER TABLE "Note" ADD COLUMN     "batchId" INTEGER,
ADD COLUMN     "section" TEXT NOT NULL DEFAULT '';

-- AddForeignKey
ALTER TABLE "Note" ADD CONSTRAINT "Note_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "ImportBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

