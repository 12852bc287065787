import { describe, expect, it } from "vitest";
import { platformInputSchema } from "@/lib/lti/schemas";

const valid = {
  name: "Moodle",
  issuer: "https://lms.example.edu",
  clientId: "client-1",
  deploymentIds: ["1"],
  authLoginUrl: "https://lms.example.edu/mod/lti/auth.php",
  tokenUrl: "https://lms.example.edu/mod/lti/token.php",
  jwksUrl: "https://lms.example.edu/mod/lti/certs.php",
};

const issues = (input: object) =>
  platformInputSchema.safeParse(input).error?.issues.map((i) => [i.path.join("."), i.message]) ?? [];

describe("the admin's LTI platform form (platformInputSchema)", () => {
  it("accepts a Moodle registration", () => {
    expect(issues(valid)).toEqual([]);
  });

  it("names each field that is not a URL, without throwing (it was a 500: the https check parsed it again)", () => {
    expect(issues({ ...valid, jwksUrl: "certs.php", allowedOrigin: "nope" })).toEqual([
      ["jwksUrl", "jwksUrl must be a URL"],
      ["allowedOrigin", "allowedOrigin must be a URL"],
    ]);
  });

  it("refuses plain http but for localhost, and an origin with a path", () => {
    expect(
      issues({ ...valid, tokenUrl: "http://lms.example.edu/token", allowedOrigin: "https://lms.example.edu/x" }),
    ).toEqual([
      ["tokenUrl", "tokenUrl must be https (http only for localhost)"],
      ["allowedOrigin", "allowedOrigin must be an origin (no path)"],
    ]);
    expect(issues({ ...valid, tokenUrl: "http://localhost:3521/token" })).toEqual([]);
  });

  it("needs a deployment id", () => {
    expect(issues({ ...valid, deploymentIds: [] })).toEqual([
      ["deploymentIds", "deploymentIds needs at least one deployment id"],
    ]);
  });
});
