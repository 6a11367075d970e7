-- Organisation trees kept apart (issue 18): names and aliases are unique within a
-- tree, not globally. Written by hand rather than as Prisma's table rebuild: a
-- rebuild drops "Organisation", and with foreign keys on (better-sqlite3's default)
-- that drop cascades to every line item, figure, note and draft. ADD COLUMN keeps
-- every row; "treeId" gets a placeholder default that the UPDATE below replaces.

-- DropIndex
DROP INDEX "Organisation_name_key";

-- DropIndex
DROP INDEX "OrganisationAlias_alias_key";

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN "treeId" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN "batchId" INTEGER REFERENCES "ImportBatch" ("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "OrganisationAlias" ADD COLUMN "treeId" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Figure" ADD COLUMN "unitWritten" TEXT NOT NULL DEFAULT '';

-- Each organisation's tree is its root's id (a root's own)
WITH RECURSIVE "tree" ("id", "rootId") AS (
  SELECT "id", "id" FROM "Organisation" WHERE "parentId" IS NULL
  UNION ALL
  SELECT o."id", t."rootId" FROM "Organisation" o JOIN "tree" t ON o."parentId" = t."id"
)
UPDATE "Organisation" SET "treeId" = (SELECT t."rootId" FROM "tree" t WHERE t."id" = "Organisation"."id");

-- An alias is in its organisation's tree
UPDATE "OrganisationAlias" SET "treeId" = (SELECT o."treeId" FROM "Organisation" o WHERE o."id" = "OrganisationAlias"."organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_treeId_name_key" ON "Organisation"("treeId", "name");

-- CreateIndex
CREATE INDEX "OrganisationAlias_organisationId_idx" ON "OrganisationAlias"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "OrganisationAlias_treeId_alias_key" ON "OrganisationAlias"("treeId", "alias");
