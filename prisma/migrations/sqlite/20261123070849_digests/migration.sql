-- CreateTable
CREATE TABLE "DigestSubscription" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "platform" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "includeSubUnits" BOOLEAN NOT NULL DEFAULT true,
    "weekday" INTEGER NOT NULL,
    "time" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "pausedReason" TEXT,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DigestSubscription_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DigestDelivery" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "subscriptionId" INTEGER NOT NULL,
    "week" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "claimedBy" TEXT,
    "leaseUntil" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME,
    "content" TEXT,
    "chartPng" BLOB,
    "sentAt" DATETIME,
    "reference" TEXT,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DigestDelivery_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "DigestSubscription" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TeamsConversation" (
    "conversationId" TEXT NOT NULL PRIMARY KEY,
    "reference" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "DigestSubscription_status_idx" ON "DigestSubscription"("status");

-- CreateIndex
CREATE INDEX "DigestDelivery_status_idx" ON "DigestDelivery"("status");

-- CreateIndex
CREATE UNIQUE INDEX "DigestDelivery_subscriptionId_week_key" ON "DigestDelivery"("subscriptionId", "week");

