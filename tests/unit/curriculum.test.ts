import { describe, expect, it } from "vitest";
import { curriculumProblems, loadCurriculum } from "@/lib/decks/curriculum";
import { SECTIONS } from "@/lib/decks/sections";
import { QUESTION_TYPES } from "@/lib/questions/schemas";

const { decks, errors } = loadCurriculum();

describe("curriculum content", () => {
  it("every deck file is valid against the question schemas", () => {
    expect(errors).toEqual([]);
    expect(decks.map((d) => d.chapter)).toEqual(["4.1", "4.2", "4.3", "4.4"]);
  });

  it("passes the content rules: ≥ 30 per deck, single choice ≤ half, unique ids and prompts, real sections", () => {
    expect(curriculumProblems(decks)).toEqual([]);
  });

  it("has 120+ questions and uses every type at least 3 times", () => {
    const all = decks.flatMap((d) => d.questions);
    expect(all.length).toBeGreaterThanOrEqual(120);
    for (const t of QUESTION_TYPES) expect(all.filter((q) => q.type === t).length, t).toBeGreaterThanOrEqual(3);
  });

  it("every question explains its answer and cites a subsection of its own chapter", () => {
    const sectionIds = new Set(SECTIONS.map((s) => s.id));
    for (const d of decks) {
      for (const q of d.questions) {
        expect(q.explanation.length, q.id).toBeGreaterThan(40);
        expect(sectionIds.has(q.section!), `${q.id} cites ${q.section}`).toBe(true);
        expect(q.section!.startsWith(d.chapter), q.id).toBe(true);
      }
    }
  });

  it("the content rules catch a broken deck", () => {
    const broken = structuredClone(decks[0]);
    broken.questions = broken.questions.slice(0, 10).map((q) => ({ ...q, section: "4.9.9" }));
    broken.questions.push({ ...broken.questions[0] });
    const problems = curriculumProblems([broken]);
    expect(problems.some((p) => p.includes("needs 30"))).toBe(true);
    expect(problems.some((p) => p.includes("unknown section 4.9.9"))).toBe(true);
    expect(problems.some((p) => p.includes("duplicate id"))).toBe(true);
    expect(problems.some((p) => p.includes("duplicate prompt"))).toBe(true);
  });

  it("teaches the truth where the source slips: runC went to the OCI, not the CNCF", () => {
    const runcDonation = decks.flatMap((d) => d.questions).filter((q) => /donat/i.test(q.prompt) && /runc/i.test(q.prompt));
    expect(runcDonation.length).toBeGreaterThan(0);
    for (const q of runcDonation) expect(JSON.stringify(q.payload) + q.explanation, q.id).toMatch(/OCI|Open Container Initiative/);
  });
});
