import "server-only";
import crypto from "node:crypto";
import { env } from "@/lib/env";

/**
 * Display order is a secret permutation: for an ordering question the authored order is the
 * key, so anyone who could predict the shuffle could undo it. The permutation is drawn from
 * HMAC-SHA256(secret, context) and nothing else, so it is the same every time the same
 * learner sees the same question (per attempt in a quiz) and never depends on which option
 * is right. See docs/security/inference.md.
 */

/** Without a configured secret (tests, a bare dev server) one random key per process. */
let processKey: Buffer | undefined;

function secret(): Buffer | string {
  const e = env();
  const configured = e.DISPLAY_ORDER_SECRET ?? e.NEXTAUTH_SECRET;
  if (configured) return configured;
  processKey ??= crypto.randomBytes(32);
  return processKey;
}

/**
 * A deterministic stream of uniform floats in [0, 1) with 53 random bits each, from
 * SHA-256 in counter mode over a 32-byte seed. 53 bits make `floor(r * n)` unbiased to
 * within n / 2^53, far below anything a learner could measure.
 */
export function rngFromSeed(seed: Buffer): () => number {
  let block = Buffer.alloc(0);
  let offset = 0;
  let counter = 0;
  return () => {
    if (offset + 7 > block.length) {
      const c = Buffer.alloc(4);
      c.writeUInt32BE(counter++);
      block = crypto.createHash("sha256").update(seed).update(c).digest();
      offset = 0;
    }
    const hi = block.readUIntBE(offset, 3) & 0x1fffff; // 21 bits
    const lo = block.readUIntBE(offset + 3, 4); // 32 bits
    offset += 7;
    return (hi * 2 ** 32 + lo) / 2 ** 53;
  };
}

/** The seed of one learner's view of one question: `userId|questionId[|attemptId]`. */
export function displaySeed(ctx: { userId: string; questionId: string; attemptId?: string }): Buffer {
  const message = ["display-order/v1", ctx.userId, ctx.questionId, ...(ctx.attemptId ? [ctx.attemptId] : [])].join("|");
  return crypto.createHmac("sha256", secret()).update(message).digest();
}

/** The PRNG that orders this learner's view of this question (in this attempt, for quizzes). */
export function displayRng(ctx: { userId: string; questionId: string; attemptId?: string }): () => number {
  return rngFromSeed(displaySeed(ctx));
}
