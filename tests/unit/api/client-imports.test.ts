import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Client components import lib/api/client.ts and the endpoint contracts, so everything those
 * reach at runtime must be browser-safe: no "server-only" module, no database, no Node APIs.
 * Type-only imports are erased by the compiler and do not count.
 */
const root = path.resolve(import.meta.dirname, "../../..");
const FORBIDDEN = [/^server-only$/, /^@\/lib\/db\//, /^@prisma\//, /^node:/, /^next-auth/, /^argon2/, /^pg$/];

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(root, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")])
    if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  return null;
}

/** Runtime imports of a file: `import x from`, `import { a, type B } from`, `import "x"`, `export … from`; not `import type`. */
function runtimeImports(file: string): string[] {
  const src = readFileSync(file, "utf8");
  const specs: string[] = [];
  for (const m of src.matchAll(/^\s*(import|export)\s+(type\s+)?([^;]*?\s+from\s+)?["']([^"']+)["']/gm))
    if (!m[2]) specs.push(m[4]);
  return specs;
}

function reachable(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const specs = runtimeImports(file);
    seen.set(file, specs);
    for (const spec of specs) {
      const next = resolve(file, spec);
      if (next) queue.push(next);
    }
  }
  return seen;
}

describe("the typed API client is browser-safe", () => {
  for (const entry of ["lib/api/client.ts", "lib/api/endpoints/index.ts"]) {
    it(`${entry} reaches no server-only module`, () => {
      const graph = reachable(path.join(root, entry));
      expect(graph.size).toBeGreaterThan(entry.includes("endpoints") ? 8 : 0);
      const offending = [...graph].flatMap(([file, specs]) =>
        specs.filter((s) => FORBIDDEN.some((re) => re.test(s))).map((s) => `${path.relative(root, file)} → ${s}`),
      );
      expect(offending).toEqual([]);
    });
  }
});
