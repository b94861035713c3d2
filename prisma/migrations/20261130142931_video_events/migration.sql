-- LiveKit webhooks become session events (joins, leaves, track publications). Postgres 12+
-- adds several enum values in one migration, as long as none is used in the same transaction.
ALTER TYPE "SessionEventKind" ADD VALUE 'VIDEO_JOINED';
ALTER TYPE "SessionEventKind" ADD VALUE 'VIDEO_LEFT';
ALTER TYPE "SessionEventKind" ADD VALUE 'VIDEO_TRACK_PUBLISHED';
ALTER TYPE "SessionEventKind" ADD VALUE 'VIDEO_TRACK_UNPUBLISHED';

-- AlterTable
ALTER TABLE "SessionEvent" ADD COLUMN     "livekitEventId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "SessionEvent_livekitEventId_key" ON "SessionEvent"("livekitEventId");

