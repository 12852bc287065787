import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { loadCurriculum } from "@/lib/decks/curriculum";
import { seedCurriculum } from "@/lib/decks/seed-curriculum";

describe("re-seeding the curriculum", () => {
  it("moves a reworded question to a new version and keeps the published one as it was; an unchanged re-seed moves nothing", async () => {
    const { decks } = loadCurriculum();
    await seedCurriculum(db, decks);
    const target = decks[0].questions[0];
    const v1 = await db.question.findUniqueOrThrow({ where: { id: target.id } });

    const edited = structuredClone(decks);
    edited[0].questions[0] = { ...edited[0].questions[0], prompt: `${target.prompt} (reworded)` };
    await seedCurriculum(db, edited);
    await seedCurriculum(db, edited);

    const row = await db.question.findUniqueOrThrow({ where: { id: target.id } });
    expect(row.version).toBe(v1.version + 1);
    const versions = await db.questionVersion.findMany({
      where: { questionId: target.id },
      orderBy: { version: "asc" },
    });
    expect(versions.map((v) => [v.version, v.prompt, v.publishedAt !== null])).toEqual([
      [v1.version, v1.prompt, true],
      [v1.version + 1, `${target.prompt} (reworded)`, true],
    ]);
    const other = await db.question.findUniqueOrThrow({ where: { id: decks[0].questions[1].id } });
    expect(other.version).toBe(1);
  });
});
