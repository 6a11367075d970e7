-- CreateTable
CREATE TABLE "DigestSubscription" (
    "id" SERIAL NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DigestSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DigestDelivery" (
    "id" SERIAL NOT NULL,
    "subscriptionId" INTEGER NOT NULL,
    "week" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "claimedBy" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3),
    "content" TEXT,
    "chartPng" BYTEA,
    "sentAt" TIMESTAMP(3),
    "reference" TEXT,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DigestDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamsConversation" (
    "conversationId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TeamsConversation_pkey" PRIMARY KEY ("conversationId")
);

-- CreateIndex
CREATE INDEX "DigestSubscription_status_idx" ON "DigestSubscription"("status");

-- CreateIndex
CREATE INDEX "DigestDelivery_status_idx" ON "DigestDelivery"("status");

-- CreateIndex
CREATE UNIQUE INDEX "DigestDelivery_subscriptionId_week_key" ON "DigestDelivery"("subscriptionId", "week");

-- AddForeignKey
ALTER TABLE "DigestSubscription" ADD CONSTRAINT "DigestSubscription_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DigestDelivery" ADD CONSTRAINT "DigestDelivery_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "DigestSubscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

