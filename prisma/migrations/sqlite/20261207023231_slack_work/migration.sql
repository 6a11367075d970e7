-- CreateTable
CREATE TABLE "SlackWork" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "claimedBy" TEXT,
    "leaseUntil" DATETIME,
    "replies" TEXT NOT NULL DEFAULT '[]',
    "error" TEXT,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "SlackWork_key_key" ON "SlackWork"("key");

-- CreateIndex
CREATE INDEX "SlackWork_status_leaseUntil_idx" ON "SlackWork"("status", "leaseUntil");

