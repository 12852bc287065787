import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { sendMail } from "@/lib/mail/send";
import { logger } from "@/lib/observability/log";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "layerwise-outbox-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("mail without SMTP_URL", () => {
  it("writes a real RFC 822 message to .data/outbox/ and says where in one log line", async () => {
    delete process.env.SMTP_URL;
    vi.spyOn(process, "cwd").mockReturnValue(dir);
    const info = vi.spyOn(logger, "info").mockImplementation(() => {});
    const { file } = await sendMail({
      to: "ann@example.com",
      subject: "Hello there",
      text: "Open https://example.com/reset-password?token=abc",
    });
    expect(file).toBeDefined();
    expect(path.dirname(file!)).toBe(path.join(dir, ".data", "outbox"));
    expect(path.basename(file!)).toMatch(/^\d{4}-\d\d-\d\dT[\d-]+Z-[0-9a-f]{8}\.eml$/);
    const raw = fs.readFileSync(file!, "utf8");
    const [head, body] = raw.split("\r\n\r\n");
    expect(head).toMatch(/^From: Layerwise <no-reply@layerwise\.local>$/m);
    expect(head).toMatch(/^To: ann@example\.com$/m);
    expect(head).toMatch(/^Subject: Hello there$/m);
    expect(head).toMatch(/^Message-ID: <.+>$/m);
    expect(head).toMatch(/^Date: /m);
    expect(body).toContain("https://example.com/reset-password?token=abc");
    expect(info).toHaveBeenCalledTimes(1);
    expect(info.mock.calls[0][0]).toMatchObject({ file });
  });
});
