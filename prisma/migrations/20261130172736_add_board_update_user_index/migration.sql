-- CreateIndex
CREATE INDEX "BoardUpdate_userId_idx" ON "BoardUpdate"("userId");

