import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { stampPeer } from "@/scripts/peer-header.mjs";

// A real socket: the server stamps the peer as scripts/next-server.mjs does, then answers with clientIp().
let server: http.Server;
let base: string;
let clientIp: (h: Record<string, string | string[] | undefined>) => string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    stampPeer(req);
    res.end(clientIp(req.headers));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
afterEach(() => vi.unstubAllEnvs());

async function useTrustProxy(value: "0" | "1") {
  vi.resetModules();
  vi.stubEnv("TRUST_PROXY", value);
  clientIp = (await import("@/lib/auth/rate-limit")).clientIp;
}

describe("the peer address reaches clientIp() from the socket, not from the client", () => {
  it("ignores a spoofed X-Forwarded-For and a client-sent x-layerwise-peer when TRUST_PROXY is unset", async () => {
    await useTrustProxy("0");
    for (const spoof of ["203.0.113.9", "6.6.6.6, 7.7.7.7"]) {
      const res = await fetch(base, {
        headers: { "x-forwarded-for": spoof, "x-layerwise-peer": spoof, "x-real-ip": spoof },
      });
      expect(await res.text()).toBe("127.0.0.1");
    }
  });

  it("behind our proxy (TRUST_PROXY=1) takes the entry the proxy appended last", async () => {
    await useTrustProxy("1");
    const res = await fetch(base, { headers: { "x-forwarded-for": "6.6.6.6, 198.51.100.4" } });
    expect(await res.text()).toBe("198.51.100.4");
  });
});
