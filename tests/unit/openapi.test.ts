import { describe, expect, it } from "vitest";
import { ALL_ENDPOINTS } from "@/lib/api/endpoints";
import { buildOpenApiDocument } from "@/lib/api/openapi";

describe("OpenAPI document", () => {
  const doc = buildOpenApiDocument() as unknown as {
    openapi: string;
    paths: Record<
      string,
      Record<
        string,
        { responses: Record<string, unknown>; requestBody?: unknown; parameters?: { in: string; name: string }[] }
      >
    >;
    components: { schemas: Record<string, unknown> };
  };

  it("is OpenAPI 3.1 with every endpoint, its body, params and error responses", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(ALL_ENDPOINTS.length).toBeGreaterThan(15);
    for (const ep of ALL_ENDPOINTS) {
      const op = doc.paths[ep.path]?.[ep.method.toLowerCase()];
      expect(op, `${ep.method} ${ep.path}`).toBeDefined();
      expect(op.responses[String(ep.status ?? 200)]).toBeDefined();
      expect(op.responses["400"]).toBeDefined();
      if (ep.access !== "public") expect(op.responses["401"]).toBeDefined();
      if (ep.body || ep.rawBody) expect(op.requestBody).toBeDefined();
      for (const name of ep.path.match(/\{(\w+)\}/g) ?? []) {
        expect(
          op.parameters?.some((p) => p.in === "path" && `{${p.name}}` === name),
          `${ep.path} ${name}`,
        ).toBe(true);
      }
    }
  });

  it("every $ref points at a component that exists", () => {
    const refs = JSON.stringify(doc).match(/"\$ref":"#\/components\/schemas\/[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const name = ref.slice('"$ref":"#/components/schemas/'.length, -1);
      expect(doc.components.schemas[name], name).toBeDefined();
    }
  });

  it("never documents an answer key in a learner-facing question", () => {
    const publicQuestion =
      JSON.stringify(doc.components.schemas.PublicQuestion ?? {}) +
      JSON.stringify(doc.components.schemas.PublicView ?? {});
    expect(publicQuestion).not.toMatch(/"correct"|"accepted"|"explanation"/);
  });
});
