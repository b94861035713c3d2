-- CreateTable
CREATE TABLE "EndedSignIn" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "endedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EndedSignIn_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EndedSignIn_expiresAt_idx" ON "EndedSignIn"("expiresAt");

-- AddForeignKey
ALTER TABLE "EndedSignIn" ADD CONSTRAINT "EndedSignIn_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

