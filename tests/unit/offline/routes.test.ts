import { describe, expect, it } from "vitest";
import { isQuizPath, isSignOut, isStudyQueue, isStudyShell } from "@/lib/offline/routes";

// What the service worker (app/sw.ts) keeps and what it never keeps.
const url = (path: string) => new URL(path, "https://layerwise.test");

describe("the service worker's routes", () => {
  it("never caches quizzes or attempts: pages and API, any depth", () => {
    for (const p of [
      "/quizzes",
      "/quizzes/q1",
      "/quizzes/attempts/a1",
      "/quiz/x",
      "/api/v1/quizzes",
      "/api/v1/quizzes/q1/attempts",
      "/api/v1/attempts/a1/answers",
    ])
      expect(isQuizPath(p), p).toBe(true);
    for (const p of ["/study", "/api/v1/study/queue", "/quizzesque", "/decks"]) expect(isQuizPath(p), p).toBe(false);
  });

  it("keeps the study queue only when its URL names the learner, so another account never gets the copy", () => {
    expect(isStudyQueue(url("/api/v1/study/queue?limit=50&learner=u1"))).toBe(true);
    expect(isStudyQueue(url("/api/v1/study/queue?limit=50"))).toBe(false);
    expect(isStudyQueue(url("/api/v1/study/check?learner=u1"))).toBe(false);
  });

  it("keeps the /study document, not the RSC payload of a client-side navigation", () => {
    expect(isStudyShell(url("/study"), new Headers())).toBe(true);
    expect(isStudyShell(url("/study"), new Headers({ RSC: "1" }))).toBe(false);
    expect(isStudyShell(url("/study/deck"), new Headers())).toBe(false);
  });

  it("treats signing out here and everywhere as a sign-out (a POST only)", () => {
    expect(isSignOut("POST", "/api/auth/signout")).toBe(true);
    expect(isSignOut("POST", "/api/v1/me/sign-out-everywhere")).toBe(true);
    expect(isSignOut("GET", "/api/auth/signout")).toBe(false);
    expect(isSignOut("POST", "/api/auth/callback/credentials")).toBe(false);
  });
});
