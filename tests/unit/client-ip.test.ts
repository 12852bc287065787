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

  it("gives one client one spelling: IPv4-mapped IPv6 is the IPv4 address, IPv6 its compressed lower-case form", async () => {
    // A dual-stack socket reported ::ffff:127.0.0.1 while HAProxy wrote 127.0.0.1: two budgets for one client.
    for (const trust of ["0", "1"] as const) {
      const clientIp = await clientIpWith(trust);
      const header = trust === "1" ? "x-forwarded-for" : "x-layerwise-peer";
      const seen = (raw: string) => clientIp(new Headers({ [header]: raw }));
      expect(seen("::ffff:127.0.0.1")).toBe("127.0.0.1");
      expect(seen("::FFFF:7f00:1")).toBe("127.0.0.1");
      expect(seen("127.0.0.1")).toBe("127.0.0.1");
      expect(seen("2001:DB8:0:0::1")).toBe("2001:db8::1");
      expect(seen("[2001:db8::1]")).toBe("2001:db8::1");
      expect(seen("not-an-address")).toBe("not-an-address");
    }
  });
});
