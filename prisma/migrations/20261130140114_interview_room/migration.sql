-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "SessionEventKind" ADD VALUE 'TIMER_PAUSED';
ALTER TYPE "SessionEventKind" ADD VALUE 'TIMER_RESUMED';
ALTER TYPE "SessionEventKind" ADD VALUE 'TIME_ADDED';
ALTER TYPE "SessionEventKind" ADD VALUE 'CANDIDATE_REMOVED';
ALTER TYPE "SessionEventKind" ADD VALUE 'SELF_ASSESSED';

-- AlterTable
-- Hand-edited: existing evidence text becomes the first evidence item instead of being dropped.
ALTER TABLE "Score" ALTER COLUMN "level" DROP NOT NULL,
ADD COLUMN "notObserved" BOOLEAN NOT NULL DEFAULT false,
ALTER COLUMN "evidence" DROP DEFAULT,
ALTER COLUMN "evidence" TYPE JSONB USING (CASE WHEN "evidence" = '' THEN '[]'::jsonb ELSE jsonb_build_array(jsonb_build_object('text', "evidence")) END),
ALTER COLUMN "evidence" SET DEFAULT '[]';

-- CreateTable
CREATE TABLE "ScorecardRevision" (
    "id" TEXT NOT NULL,
    "scorecardId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "snapshot" JSONB NOT NULL,

    CONSTRAINT "ScorecardRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SelfAssessment" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "levels" JSONB NOT NULL DEFAULT '{}',
    "summary" TEXT NOT NULL DEFAULT '',
    "submittedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SelfAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ScorecardRevision_scorecardId_at_idx" ON "ScorecardRevision"("scorecardId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "SelfAssessment_sessionId_candidateId_key" ON "SelfAssessment"("sessionId", "candidateId");

-- AddForeignKey
ALTER TABLE "ScorecardRevision" ADD CONSTRAINT "ScorecardRevision_scorecardId_fkey" FOREIGN KEY ("scorecardId") REFERENCES "Scorecard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessment" ADD CONSTRAINT "SelfAssessment_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "InterviewSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessment" ADD CONSTRAINT "SelfAssessment_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

