import http from "node:http";
import net from "node:net";
import { Readable } from "node:stream";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { toRouteResponse } from "@/lib/error-response";
import { isClientAbort } from "@/lib/errors";
import { logger } from "@/lib/observability/log";

/** The error a route handler's req.text() really throws when the client hangs up mid-body. */
async function abortedBodyError(): Promise<unknown> {
  let caught: (err: unknown) => void = () => {};
  const result = new Promise<unknown>((r) => (caught = r));
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- node ignores the listener's promise; the handler reports through `caught`.
  const server = http.createServer(async (req) => {
    const webReq = new Request("http://localhost/api/v1/auth/sign-up", {
      method: "POST",
      body: Readable.toWeb(req) as ReadableStream,
      duplex: "half",
    } as RequestInit);
    try {
      await webReq.text();
      caught(new Error("the body was read in full"));
    } catch (err) {
      caught(err);
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const socket = net.connect((server.address() as AddressInfo).port, "127.0.0.1", () => {
    socket.write(
      'POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"name":',
    );
    setTimeout(() => socket.destroy(), 50);
  });
  socket.on("error", () => {});
  const err = await result;
  server.close();
  return err;
}

describe("a request body cut off by the client", () => {
  afterEach(() => vi.restoreAllMocks());

  it("is answered without logging a stack trace", async () => {
    const err = await abortedBodyError();
    expect(isClientAbort(err)).toBe(true);
    const logged = vi.spyOn(logger, "error").mockImplementation(() => {});
    const res = toRouteResponse(err);
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("BAD_REQUEST");
    expect(logged).not.toHaveBeenCalled();
  });

  it("still logs real errors, including a database connection reset", async () => {
    const logged = vi.spyOn(logger, "error").mockImplementation(() => {});
    const dbReset = Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" });
    for (const err of [new Error("boom"), dbReset, Object.assign(new Error("x"), { name: "AbortError" })]) {
      expect(toRouteResponse(err).status).toBe(500);
    }
    expect(logged).toHaveBeenCalledTimes(3);
  });
});
