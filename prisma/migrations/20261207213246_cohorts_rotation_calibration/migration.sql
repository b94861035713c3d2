-- CreateEnum
CREATE TYPE "RotationStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "RotationSeat" AS ENUM ('PAIRED', 'BYE', 'UNAVAILABLE');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('ROTATION_PUBLISHED', 'SESSION_SCHEDULED', 'SESSION_CANCELLED', 'CALIBRATION_REQUESTED', 'REMOVED_FROM_COHORT');

-- AlterTable
ALTER TABLE "Cohort" ADD COLUMN     "inviteExpiresAt" TIMESTAMP(3),
ADD COLUMN     "kinds" "PromptKind"[] DEFAULT ARRAY[]::"PromptKind"[],
ADD COLUMN     "rounds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'UTC',
ALTER COLUMN "inviteCode" DROP NOT NULL;

-- CreateTable
CREATE TABLE "RotationRound" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "RotationStatus" NOT NULL DEFAULT 'DRAFT',
    "firstSlotAt" TIMESTAMP(3) NOT NULL,
    "secondSlotAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "RotationRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RotationParticipant" (
    "roundId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "seat" "RotationSeat" NOT NULL,

    CONSTRAINT "RotationParticipant_pkey" PRIMARY KEY ("roundId","userId")
);

-- CreateTable
CREATE TABLE "RotationPairing" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "slot" INTEGER NOT NULL,
    "interviewerId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "promptId" TEXT,
    "scheduledAt" TIMESTAMP(3) NOT NULL,
    "sessionId" TEXT,

    CONSTRAINT "RotationPairing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Calibration" (
    "id" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "requestedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Calibration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalibrationRater" (
    "calibrationId" TEXT NOT NULL,
    "raterId" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CalibrationRater_pkey" PRIMARY KEY ("calibrationId","raterId")
);

-- CreateTable
CREATE TABLE "CalibrationScore" (
    "calibrationId" TEXT NOT NULL,
    "raterId" TEXT NOT NULL,
    "dimensionKey" TEXT NOT NULL,
    "level" INTEGER,
    "notObserved" BOOLEAN NOT NULL DEFAULT false,
    "evidence" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "CalibrationScore_pkey" PRIMARY KEY ("calibrationId","raterId","dimensionKey")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "href" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarFeed" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RotationRound_cohortId_number_key" ON "RotationRound"("cohortId", "number");

-- CreateIndex
CREATE INDEX "RotationParticipant_userId_idx" ON "RotationParticipant"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "RotationPairing_sessionId_key" ON "RotationPairing"("sessionId");

-- CreateIndex
CREATE INDEX "RotationPairing_roundId_slot_idx" ON "RotationPairing"("roundId", "slot");

-- CreateIndex
CREATE INDEX "Calibration_cohortId_createdAt_idx" ON "Calibration"("cohortId", "createdAt");

-- CreateIndex
CREATE INDEX "CalibrationRater_raterId_idx" ON "CalibrationRater"("raterId");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_tokenHash_key" ON "CalendarFeed"("tokenHash");

-- CreateIndex
CREATE INDEX "CalendarFeed_userId_idx" ON "CalendarFeed"("userId");

-- AddForeignKey
ALTER TABLE "RotationRound" ADD CONSTRAINT "RotationRound_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationRound" ADD CONSTRAINT "RotationRound_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationParticipant" ADD CONSTRAINT "RotationParticipant_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "RotationRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationParticipant" ADD CONSTRAINT "RotationParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationPairing" ADD CONSTRAINT "RotationPairing_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "RotationRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationPairing" ADD CONSTRAINT "RotationPairing_interviewerId_fkey" FOREIGN KEY ("interviewerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationPairing" ADD CONSTRAINT "RotationPairing_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationPairing" ADD CONSTRAINT "RotationPairing_promptId_fkey" FOREIGN KEY ("promptId") REFERENCES "Prompt"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RotationPairing" ADD CONSTRAINT "RotationPairing_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "InterviewSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Calibration" ADD CONSTRAINT "Calibration_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Calibration" ADD CONSTRAINT "Calibration_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "InterviewSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Calibration" ADD CONSTRAINT "Calibration_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalibrationRater" ADD CONSTRAINT "CalibrationRater_calibrationId_fkey" FOREIGN KEY ("calibrationId") REFERENCES "Calibration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalibrationRater" ADD CONSTRAINT "CalibrationRater_raterId_fkey" FOREIGN KEY ("raterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalibrationScore" ADD CONSTRAINT "CalibrationScore_calibrationId_raterId_fkey" FOREIGN KEY ("calibrationId", "raterId") REFERENCES "CalibrationRater"("calibrationId", "raterId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

