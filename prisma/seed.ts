import path from "node:path";
import { pathToFileURL } from "node:url";
import { hashPassword } from "@/lib/auth/password";
import { loadCurriculum } from "@/lib/decks/curriculum";
import { seedCurriculum } from "@/lib/decks/seed-curriculum";
import { scriptEnv } from "@/lib/env";
import type { Db } from "@/lib/db/client";

/** Demo accounts for local use only (see README); refused in production unless forced. */
export const DEMO_ACCOUNTS = [
  { email: "learner@example.com", password: "learner-demo-2026", name: "Lena Learner", role: "LEARNER" },
  { email: "instructor@example.com", password: "instructor-demo-2026", name: "Ivan Instructor", role: "INSTRUCTOR" },
  { email: "admin@example.com", password: "admin-demo-2026", name: "Ada Admin", role: "ADMIN" },
] as const;

export interface SeedOptions {
  demo?: boolean;
  /** Where the curriculum deck files are (default prisma/curriculum). */
  curriculumDir?: string;
  log?: (m: string) => void;
}

/** Idempotent: curriculum decks upserted by id, demo accounts created once. */
export async function seed(db: Db, opts: SeedOptions = {}): Promise<void> {
  const log = opts.log ?? (() => {});
  const { decks, errors } = loadCurriculum(opts.curriculumDir);
  if (errors.length) throw new Error(`curriculum files are not valid:\n${errors.join("\n")}`);
  const counts = await seedCurriculum(db, decks);
  log(
    `curriculum: ${counts.decks} decks, ${counts.questions} questions${counts.archived ? `, ${counts.archived} archived` : ""}`,
  );

  if (opts.demo === false) return;
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db.user.findUnique({ where: { email: account.email } });
    if (existing) continue;
    await db.user.create({
      data: {
        email: account.email,
        name: account.name,
        role: account.role,
        passwordHash: await hashPassword(account.password),
        // Demo accounts are ready to use: they skip /welcome.
        onboardedAt: new Date(),
      },
    });
  }
  // The demo learner studies every published curriculum deck.
  const learner = await db.user.findUniqueOrThrow({ where: { email: "learner@example.com" } });
  const published = await db.deck.findMany({
    where: { status: "PUBLISHED", slug: { in: decks.map((d) => d.slug) } },
    select: { id: true },
  });
  await db.deckEnrollment.createMany({
    data: published.map((d) => ({ userId: learner.id, deckId: d.id })),
    skipDuplicates: true,
  });
  log(`demo accounts: ${DEMO_ACCOUNTS.map((a) => a.email).join(", ")}`);
}

/** Demo data is refused in production unless SEED_DEMO=force. */
export function demoAllowed(): boolean {
  return scriptEnv().NODE_ENV !== "production" || scriptEnv().SEED_DEMO === "force";
}

/** `prisma db seed` (prisma.config.ts) runs this file: DATABASE_URL's database, or the embedded one, as npm run db:seed. */
async function main(): Promise<void> {
  const { prepareDatabase } = await import("@/lib/db/bootstrap");
  const log = (m: string) => console.log(`[seed] ${m}`);
  const prepared = await prepareDatabase({ log });
  try {
    process.env.DATABASE_URL = prepared.url;
    const { db } = await import("@/lib/db/client");
    await seed(db, { demo: demoAllowed(), log });
    await db.$disconnect();
  } finally {
    await prepared.server?.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
