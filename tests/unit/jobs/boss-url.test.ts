import { afterEach, describe, expect, it, vi } from "vitest";
import { jobsDatabaseUrl } from "@/lib/jobs/boss";

afterEach(() => vi.unstubAllEnvs());

describe("the job queue's database URL", () => {
  it("is DIRECT_DATABASE_URL when set, so pg-boss bypasses a transaction-mode pooler", () => {
    vi.stubEnv("DATABASE_URL", "postgres://app@pgbouncer:6432/layerwise");
    vi.stubEnv("DIRECT_DATABASE_URL", "postgres://app@db:5432/layerwise");
    expect(jobsDatabaseUrl()).toBe("postgres://app@db:5432/layerwise");
  });

  it("is DATABASE_URL when DIRECT_DATABASE_URL is unset or empty", () => {
    vi.stubEnv("DATABASE_URL", "postgres://app@db:5432/layerwise");
    vi.stubEnv("DIRECT_DATABASE_URL", "");
    expect(jobsDatabaseUrl()).toBe("postgres://app@db:5432/layerwise");
  });
});
