-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "SessionEventKind" ADD VALUE 'INVITE_ROTATED';
ALTER TYPE "SessionEventKind" ADD VALUE 'INVITE_REVOKED';

-- AlterTable
ALTER TABLE "InterviewSession" ADD COLUMN     "inviteExpiresAt" TIMESTAMP(3),
ALTER COLUMN "inviteCode" DROP NOT NULL;


-- Hand-written: links of sessions still open keep working for a week from now, and code treats
-- a missing expiry as expired.
UPDATE "InterviewSession" SET "inviteExpiresAt" = now() + interval '7 days'
WHERE "inviteCode" IS NOT NULL AND "status" IN ('SCHEDULED', 'LIVE');
