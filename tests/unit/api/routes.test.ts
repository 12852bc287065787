import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ROUTES_FILE, collectRoutes, renderRoutes } from "@/scripts/gen-api-routes";

describe("lib/api/routes.ts (the browser's route table)", () => {
  it("is what scripts/gen-api-routes.ts generates from lib/api/endpoints (else: npm run gen:routes)", async () => {
    const want = (await renderRoutes(await collectRoutes())).split("\n");
    const have = readFileSync(ROUTES_FILE, "utf8").split("\n");
    // Named lines first, so a failure says which route is missing or changed.
    expect(want.filter((l) => !have.includes(l))).toEqual([]);
    expect(have.filter((l) => !want.includes(l))).toEqual([]);
    expect(have).toEqual(want);
  });
});
