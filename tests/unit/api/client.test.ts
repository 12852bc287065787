import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, api, apiUrl } from "@/lib/api/client";
import { updateUserEp } from "@/lib/api/endpoints/admin";
import { exportDeckEp, importDeckEp, publishDeckEp } from "@/lib/api/endpoints/authoring";
import { getQueueEp, recordReviewEp } from "@/lib/api/endpoints/study";
import { getMe } from "@/lib/api/endpoints/account";

function stubFetch(...answers: (Response | Error)[]) {
  const fn = vi.fn(async (_url: string, _init?: RequestInit) => {
    const next = answers.shift();
    if (!next) throw new Error("no more stubbed answers");
    if (next instanceof Error) throw next;
    return next;
  });
  vi.stubGlobal("fetch", fn);
  return fn;
}
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

afterEach(() => vi.unstubAllGlobals());

describe("apiUrl", () => {
  it("fills path parameters from params, encoding each one", () => {
    expect(apiUrl(publishDeckEp, { params: { deckId: "a/b c?#" } })).toBe(
      "/api/v1/author/decks/a%2Fb%20c%3F%23/publish",
    );
  });
  it("adds the query, leaving out undefined values", () => {
    expect(apiUrl(importDeckEp, { params: { deckId: "d1" }, query: { format: "gift", dryRun: undefined } })).toBe(
      "/api/v1/decks/d1/import?format=gift",
    );
    expect(apiUrl(getQueueEp, { query: { limit: 50 } })).toBe("/api/v1/study/queue?limit=50");
    // Download links (export) are plain hrefs built the same way.
    expect(apiUrl(exportDeckEp, { params: { deckId: "d1" }, query: { format: "json" } })).toBe(
      "/api/v1/decks/d1/export?format=json",
    );
  });
  it("refuses to build a URL with a missing path parameter", () => {
    expect(() => apiUrl(publishDeckEp, { params: {} as { deckId: string } })).toThrow(/deckId/);
  });
});

describe("api", () => {
  it("uses the contract's method and sends the body as JSON", async () => {
    const fetch = stubFetch(json({ id: "u1", role: "INSTRUCTOR" }));
    const res = await api(updateUserEp, { params: { userId: "u 1" }, body: { role: "INSTRUCTOR" } });
    expect(res).toEqual({ id: "u1", role: "INSTRUCTOR" });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe("/api/v1/admin/users/u%201");
    expect(init?.method).toBe("PATCH");
    expect(new Headers(init?.headers).get("content-type")).toBe("application/json");
    expect(JSON.parse(init?.body as string)).toEqual({ role: "INSTRUCTOR" });
  });

  it("sends no body and no content type when the endpoint takes none", async () => {
    const fetch = stubFetch(json({ id: "me" }));
    await api(getMe);
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe("/api/v1/me");
    expect(init?.method).toBe("GET");
    expect(init?.body).toBeUndefined();
    expect(new Headers(init?.headers).has("content-type")).toBe(false);
  });

  it("sends a raw body as is with its own content type", async () => {
    const fetch = stubFetch(json({ created: 1 }, 201));
    await api(importDeckEp, {
      params: { deckId: "d1" },
      query: { format: "gift" },
      rawBody: { contentType: "text/plain", text: "::Q:: 2+2 {=4}" },
    });
    const [, init] = fetch.mock.calls[0];
    expect(init?.method).toBe("POST");
    expect(init?.body).toBe("::Q:: 2+2 {=4}");
    expect(new Headers(init?.headers).get("content-type")).toBe("text/plain");
  });

  it("parses the API's error shape into an ApiError with status, code, message and fields", async () => {
    stubFetch(
      json(
        {
          error: {
            code: "BAD_REQUEST",
            message: "Some fields are not valid.",
            fields: { grade: ["grade must be a whole number from 0 to 5"] },
          },
        },
        400,
      ),
    );
    const err = await api(recordReviewEp, {
      body: { clientRequestId: "12345678", questionId: "q", grade: 9, expectedVersion: 0 },
    }).catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({
      status: 400,
      code: "BAD_REQUEST",
      message: "Some fields are not valid.",
      fields: { grade: ["grade must be a whole number from 0 to 5"] },
    });
  });

  it("keeps the error's details (the fresh card state of a 409)", async () => {
    stubFetch(json({ error: { code: "CONFLICT", message: "Stale", details: { state: { version: 3 } } } }, 409));
    const err = await api(getMe).catch((e) => e);
    expect(err).toMatchObject({ status: 409, code: "CONFLICT", fields: {}, details: { state: { version: 3 } } });
  });

  it("still gives an ApiError when the error body is not JSON", async () => {
    stubFetch(new Response("<html>bad gateway</html>", { status: 502 }));
    const err = await api(getMe).catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 502, code: "UNKNOWN", message: "Request failed (502)", fields: {} });
  });

  it("turns a network failure into an ApiError with status 0", async () => {
    stubFetch(new TypeError("Failed to fetch"));
    const err = await api(getMe).catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 0, code: "NETWORK", message: expect.stringMatching(/offline/) });
  });

  it("retries a network failure only as often as asked", async () => {
    const fetch = stubFetch(new TypeError("Failed to fetch"), json({ ok: 1 }));
    expect(await api(getMe, { retries: 1 })).toEqual({ ok: 1 });
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
