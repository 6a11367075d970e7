-- CreateTable
CREATE TABLE "SlackWork" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "claimedBy" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "replies" TEXT NOT NULL DEFAULT '[]',
    "error" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "SlackWork_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SlackWork_key_key" ON "SlackWork"("key");

-- CreateIndex
CREATE INDEX "SlackWork_status_leaseUntil_idx" ON "SlackWork"("status", "leaseUntil");

