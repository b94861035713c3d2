-- AlterTable
ALTER TABLE "BoardUpdate" ADD COLUMN     "epoch" BIGINT;

-- CreateTable
CREATE TABLE "CollabNode" (
    "id" SERIAL NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CollabNode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoardLease" (
    "docId" TEXT NOT NULL,
    "nodeId" INTEGER NOT NULL,
    "epoch" BIGSERIAL NOT NULL,
    "acquiredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BoardLease_pkey" PRIMARY KEY ("docId")
);

-- CreateIndex
CREATE INDEX "BoardLease_nodeId_idx" ON "BoardLease"("nodeId");

-- AddForeignKey
ALTER TABLE "BoardLease" ADD CONSTRAINT "BoardLease_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "CollabNode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

