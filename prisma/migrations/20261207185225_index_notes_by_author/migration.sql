-- CreateIndex
CREATE INDEX "Note_authorId_idx" ON "Note"("authorId");

