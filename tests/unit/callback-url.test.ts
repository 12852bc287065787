import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback-url";

const origin = "http://localhost:3000";

describe("safeCallbackPath", () => {
  it.each([
    ["/decks", "/decks"],
    ["/decks/abc?tab=cards#top", "/decks/abc?tab=cards#top"],
    ["/search?q=a%20b", "/search?q=a%20b"],
    ["http://localhost:3000/study", "/study"],
  ])("keeps the same-origin path %j", (input, expected) => {
    expect(safeCallbackPath(input, origin)).toBe(expected);
  });

  it.each([
    "//evil.example/phish",
    "/\\evil.example/phish",
    "\\\\evil.example",
    "/%5Cevil.example/phish",
    "/%5cevil.example",
    "/%2F/evil.example",
    "/%2F%2Fevil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/%09/evil.example",
    "/\u0000x",
    "/x\u007f",
    "https://evil.example/",
    "http://localhost:3000.evil.example/",
    "http://user:pw@localhost:3000/",
    "https://localhost:3000/",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "evil.example",
    "junk",
    "%",
    "/%E0%A4%A",
    "",
    " /decks",
    "/" + "a".repeat(3000),
  ])("refuses %j and falls back to /", (input) => {
    expect(safeCallbackPath(input, origin)).toBe("/");
  });

  it("refuses non-strings and absolute URLs when no origin is known", () => {
    for (const input of [undefined, null, 42, ["/decks"], { href: "/decks" }])
      expect(safeCallbackPath(input)).toBe("/");
    expect(safeCallbackPath("http://localhost:3000/study")).toBe("/");
  });
});
