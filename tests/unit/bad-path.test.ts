import { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { MALFORMED_API_PATH, hasMalformedEscape, routeMalformedApiPath } from "@/scripts/bad-path.mjs";
import { GET, POST } from "@/app/api/malformed-path/route";
import { config } from "@/proxy";

const routed = (url: string) => {
  const req = Object.assign(Object.create(IncomingMessage.prototype) as IncomingMessage, { url });
  routeMalformedApiPath(req);
  return req.url;
};

describe("malformed API paths (scripts/next-server.mjs, before Next matches routes)", () => {
  it("sends an API path whose escapes do not decode to the 400 route, whatever the segment", () => {
    for (const bad of ["%FF", "%E0%A4%A", "%C0%AF", "abc%"]) {
      expect(routed(`/api/v1/decks/${bad}`)).toBe(MALFORMED_API_PATH);
      expect(routed(`/api/v1/attempts/${bad}/result?x=1`)).toBe(MALFORMED_API_PATH);
    }
  });

  it("leaves well-formed API paths, pages and a broken escape in the query string alone", () => {
    for (const url of ["/api/v1/me", "/api/v1/decks/d%C3%A9j%C3%A0", "/api/v1/admin/users?q=%FF", "/decks/%FF", "/"]) {
      expect(routed(url)).toBe(url);
    }
    expect(hasMalformedEscape("/api/v1/decks/%E2%9C%93")).toBe(false);
  });

  it("the route answers the API's 400 in the error shape, no-store, for reads and writes alike", async () => {
    for (const handler of [GET, POST]) {
      const res = await handler(new Request(`http://localhost${MALFORMED_API_PATH}`), { params: Promise.resolve({}) });
      expect(res.status).toBe(400);
      expect(res.headers.get("cache-control")).toBe("no-store");
      const body = await res.json();
      expect(body.error.code).toBe("BAD_REQUEST");
      expect(body.error.fields.path).toBeDefined();
    }
  });

  it("the proxy (CSP nonces for pages) does not run on API paths", () => {
    const matchers = config.matcher.map((m) => new RegExp(`^${m.replace("/:path*", "(/.*)?")}$`));
    expect(matchers.some((re) => re.test("/api/v1/me"))).toBe(false);
    expect(matchers.some((re) => re.test("/study"))).toBe(true);
  });
});
