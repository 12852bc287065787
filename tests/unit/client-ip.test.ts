import { afterEach, describe, expect, it, vi } from "vitest";

async function clientIpWith(trustProxy: "0" | "1") {
  vi.resetModules();
  vi.stubEnv("TRUST_PROXY", trustProxy);
  return (await import("@/lib/auth/rate-limit")).clientIp;
}

describe("clientIp", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("for a direct connection takes the socket's address the server stamped, never X-Forwarded-For", async () => {
    const clientIp = await clientIpWith("0");
    expect(clientIp(new Headers({ "x-layerwise-peer": "192.0.2.5", "x-forwarded-for": "203.0.113.7" }))).toBe(
      "192.0.2.5",
    );
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.7" }))).toBe("unknown");
    expect(clientIp({})).toBe("unknown");
  });

  it("behind our proxy takes the last entry (the one the proxy added), not a forged first one", async () => {
    const clientIp = await clientIpWith("1");
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.4" }))).toBe("198.51.100.4");
  });
});
