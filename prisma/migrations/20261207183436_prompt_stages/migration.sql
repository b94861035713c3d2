-- AlterEnum
ALTER TYPE "SessionEventKind" ADD VALUE 'STAGE_REVEALED';

-- AlterTable
ALTER TABLE "Prompt" ADD COLUMN     "stages" JSONB NOT NULL DEFAULT '[]';

