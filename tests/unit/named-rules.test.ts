import { describe, expect, it } from "vitest";
import { assertRole, hasRole } from "@/lib/auth/roles";
import { isUniqueViolation } from "@/lib/errors";
import { AppError } from "@/lib/errors";
import { maxGradeFor } from "@/lib/srs/grade-cap";

describe("hasRole / assertRole", () => {
  it("ranks ADMIN over INSTRUCTOR over LEARNER", () => {
    expect(hasRole({ role: "ADMIN" }, "INSTRUCTOR")).toBe(true);
    expect(hasRole({ role: "INSTRUCTOR" }, "INSTRUCTOR")).toBe(true);
    expect(hasRole({ role: "INSTRUCTOR" }, "ADMIN")).toBe(false);
    expect(hasRole({ role: "LEARNER" }, "INSTRUCTOR")).toBe(false);
  });

  it("refuses a too-low role with a 403 naming the role", () => {
    expect(() => assertRole({ role: "LEARNER" }, "INSTRUCTOR")).toThrow(
      new AppError("FORBIDDEN", "This needs the instructor role."),
    );
    expect(() => assertRole({ role: "INSTRUCTOR" }, "ADMIN")).toThrow("This needs the admin role.");
    expect(() => assertRole({ role: "ADMIN" }, "ADMIN")).not.toThrow();
  });
});

describe("isUniqueViolation", () => {
  it("recognises Prisma's P2002 and a raw query's Postgres 23505", () => {
    expect(isUniqueViolation({ code: "P2002", meta: { target: ["slug"] } })).toBe(true);
    expect(
      isUniqueViolation({
        code: "P2010",
        message:
          'Raw query failed. Code: `23505`. Message: `duplicate key value violates unique constraint "ReviewLog_userId_clientRequestId_key"`',
      }),
    ).toBe(true);
  });

  it("is false for other errors and non-errors", () => {
    expect(isUniqueViolation({ code: "P2025" })).toBe(false);
    expect(isUniqueViolation(new Error("connection refused"))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
    expect(isUniqueViolation(undefined)).toBe(false);
  });
});

describe("maxGradeFor", () => {
  it("caps a wrong answer at 2; a right or self-graded answer allows 5", () => {
    expect(maxGradeFor(false)).toBe(2);
    expect(maxGradeFor(true)).toBe(5);
    expect(maxGradeFor(null)).toBe(5);
    expect(maxGradeFor(undefined)).toBe(5);
  });
});
