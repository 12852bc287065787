import { describe, expect, it } from "vitest";
import { curriculumProblems, loadCurriculum } from "@/lib/decks/curriculum";
import { deckHygiene, hygieneProblems } from "@/lib/decks/curriculum-hygiene";
import { SECTIONS } from "@/lib/decks/sections";
import { QUESTION_TYPES } from "@/lib/questions/schemas";

const { decks, errors } = loadCurriculum();

describe("curriculum content", () => {
  it("every deck file is valid against the question schemas", () => {
    expect(errors).toEqual([]);
    expect(decks.map((d) => d.chapter)).toEqual(["4.1", "4.2", "4.3", "4.4", "5"]);
  });

  it("passes the content rules: ≥ 30 per deck, single choice ≤ half, unique ids and prompts, real sections", () => {
    expect(curriculumProblems(decks)).toEqual([]);
  });

  it("has 220+ questions and uses every type at least 3 times", () => {
    const all = decks.flatMap((d) => d.questions);
    expect(all.length).toBeGreaterThanOrEqual(220);
    for (const t of QUESTION_TYPES) expect(all.filter((q) => q.type === t).length, t).toBeGreaterThanOrEqual(3);
  });

  it("every question explains its answer and cites a subsection of its own chapter", () => {
    const sectionIds = new Set(SECTIONS.map((s) => s.id));
    for (const d of decks) {
      for (const q of d.questions) {
        expect(q.explanation.length, q.id).toBeGreaterThan(40);
        expect(sectionIds.has(q.section), `${q.id} cites ${q.section}`).toBe(true);
        expect(q.section.startsWith(d.chapter), q.id).toBe(true);
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
    const runcDonation = decks
      .flatMap((d) => d.questions)
      .filter((q) => /donat/i.test(q.prompt) && /runc/i.test(q.prompt));
    expect(runcDonation.length).toBeGreaterThan(0);
    for (const q of runcDonation)
      expect(JSON.stringify(q.payload) + q.explanation, q.id).toMatch(/OCI|Open Container Initiative/);
  });

  it("teaches the truth about daemon restarts: containers survive one only with live-restore", () => {
    const restarts = decks
      .flatMap((d) => d.questions)
      .filter((q) =>
        /\b(dockerd|daemon)\b[^.?]*\brestart|\brestart[^.?]*\b(dockerd|daemon|docker)\b/i.test(
          q.prompt + JSON.stringify(q.payload),
        ),
      );
    expect(restarts.length).toBeGreaterThan(0);
    for (const q of restarts) expect(q.explanation + JSON.stringify(q.payload), q.id).toMatch(/live[- ]restore/i);
  });

  it("keeps every key hygienic: order, length, true/false balance, cue words, feedback, no catch-alls", () => {
    expect(decks.flatMap(hygieneProblems)).toEqual([]);
  });

  it("tests understanding: at least 40 % of every deck is understanding or scenario", () => {
    for (const d of decks) {
      const deeper = d.questions.filter((q) => q.kind !== "recall").length;
      expect(deeper / d.questions.length, d.slug).toBeGreaterThanOrEqual(0.4);
    }
  });

  it("the deck past the chapter has 80+ questions of every type, each citing an upstream https source", () => {
    const deep = decks.find((d) => d.chapter === "5")!;
    expect(deep.questions.length).toBeGreaterThanOrEqual(80);
    for (const t of QUESTION_TYPES)
      expect(
        deep.questions.some((q) => q.type === t),
        t,
      ).toBe(true);
    for (const q of deep.questions) expect(q.source?.url, q.id).toMatch(/^https:\/\//);
  });

  it("the hygiene rules catch a deck that gives its answers away", () => {
    const giveaway = structuredClone(decks[0]);
    for (const q of giveaway.questions) {
      if (q.type === "single") q.payload.options.sort((a, b) => Number(b.correct) - Number(a.correct));
      if (q.type === "truefalse") q.payload.answer = false;
    }
    giveaway.questions.push({
      ...giveaway.questions.find((q) => q.type === "truefalse")!,
      id: "lc-999",
      prompt: "True or false: namespaces never share anything.",
    });
    const problems = hygieneProblems(giveaway).join("\n");
    expect(deckHygiene(giveaway).rightFirst).toBe(deckHygiene(giveaway).single);
    expect(problems).toMatch(/right option first/);
    expect(problems).toMatch(/of true\/false are true/);
    expect(problems).toMatch(/lc-999: true\/false statement carries an absolute cue word \(never\)/);
  });
});
