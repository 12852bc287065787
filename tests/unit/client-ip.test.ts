import { afterEach, describe, expect, it, vi } from "vitest";

async function clientIpWith(trustProxy: "0" | "1") {
  vi.resetModules();
  vi.stubEnv("TRUST_PROXY", trustProxy);
  return (await import("@/lib/auth/rate-limit")).clientIp;
}

describe("clientIp", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("takes the address next start put in X-Forwarded-For for a direct connection", async () => {
    const clientIp = await clientIpWith("0");
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientIp({})).toBe("unknown");
  });

  it("behind our proxy takes the last entry (the one the proxy added), not a forged first one", async () => {
    const clientIp = await clientIpWith("1");
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.4" }))).toBe("198.51.100.4");
  });
});
