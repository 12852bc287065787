-- The "Is it working?" page replays a learner's whole log; for 100,000 reviews that takes seconds,
-- so the result is stored per learner and refreshed after the response when the log moves on.
-- The log's stamp is its newest live review id (reviews are only appended, and undo takes back the
-- newest live one), read through the new (userId, id) index in one index probe.

-- CreateTable
CREATE TABLE "CalibrationSnapshot" (
    "userId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "lastReviewId" BIGINT NOT NULL,
    "value" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalibrationSnapshot_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "ReviewLog_userId_id_idx" ON "ReviewLog"("userId", "id");

-- AddForeignKey
ALTER TABLE "CalibrationSnapshot" ADD CONSTRAINT "CalibrationSnapshot_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
