import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Browser code must not reach zod (a 32 kB gzip chunk on every page, issue #14) nor the endpoint
// contracts that hold the schemas: the browser calls the API through lib/api/routes.ts. Nor the
// Markdown pipeline (a 47 kB chunk: micromark, mdast, hast): the server sends the HTML
// (lib/markdown/render.ts), and components/questions/markdown.tsx loads the pipeline with
// `import()` only for text the server did not render (the editor's preview).
// This walks the client import graph the way the bundler does for first-load JavaScript: from
// every "use client" module through static imports (type-only imports are erased; `import()` is
// a lazy chunk, not first-load).

const root = process.cwd();
// next-auth/react (≈ 12 kB) too: lib/auth/client-auth.ts sends its sign-in and sign-out requests.
const MARKDOWN_LIBRARY =
  /^(unified|react-markdown|remark-[\w-]+|rehype-[\w-]+|micromark[\w-]*|mdast-[\w-]+|hast-[\w-]+)(\/|$)/;
const FORBIDDEN = (spec: string) =>
  spec === "zod" ||
  spec.startsWith("zod/") ||
  spec === "zod-openapi" ||
  spec.startsWith("next-auth/react") ||
  MARKDOWN_LIBRARY.test(spec);
/** Our own modules that hold what FORBIDDEN keeps out (resolved paths). */
const FORBIDDEN_MODULE = (file: string) =>
  file.includes("/lib/api/endpoints/") || /\/lib\/markdown\/(pipeline|render)\.ts$/.test(file);

/** Client modules reached only through `import()` / next/dynamic: they may use zod and the Markdown pipeline. */
const LAZY = ["components/authoring/editor/live-preview.tsx", "components/authoring/editor/checks.ts"];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (["node_modules", ".next", "generated"].includes(e.name)) return [];
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(root, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")])
    if (existsSync(c) && statSync(c).isFile() && /\.tsx?$/.test(c)) return c;
  return null;
}

/** Specifiers of the static imports and re-exports that survive compilation. */
function staticImports(file: string): string[] {
  const src = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of src.matchAll(/^\s*(import|export)\s+(type\s+)?(?:([^;]*?)\s+from\s+)?["']([^"']+)["']/gm)) {
    if (m[2]) continue;
    const clause = m[3]?.trim();
    if (clause && /^\{[^}]*\}$/.test(clause)) {
      const names = clause
        .slice(1, -1)
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      if (names.length && names.every((n) => n.startsWith("type "))) continue;
    }
    out.push(m[4]);
  }
  return out;
}

const isClient = (f: string) =>
  /^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*\s*["']use client["']/.test(readFileSync(f, "utf8"));
const rel = (f: string) => path.relative(root, f);

/**
 * Walks the static imports from `start`. An import `bad` names (from its specifier or its
 * resolved file) is not followed and is reported as the chain that reached it: "a -> b -> bad".
 */
function badChains(
  start: string,
  bad: (spec: string, file: string | null) => string | null,
): { chains: string[]; reached: number } {
  const from = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  const chains: string[] = [];
  while (queue.length) {
    const f = queue.shift()!;
    for (const spec of staticImports(f)) {
      const next = resolve(f, spec);
      const hit = bad(spec, next);
      if (hit) {
        const chain = [hit];
        for (let x: string | null | undefined = f; x; x = from.get(x)) chain.unshift(rel(x));
        chains.push(chain.join(" -> "));
        continue;
      }
      if (next && !from.has(next)) {
        from.set(next, f);
        queue.push(next);
      }
    }
  }
  return { chains, reached: from.size };
}

describe("browser bundles", () => {
  const all = ["app", "components", "lib"].flatMap((d) => sources(path.join(root, d)));
  // instrumentation-client.ts runs on every page without a "use client" line (it once set zod's
  // browser settings, and so put zod on every page).
  const every = ["instrumentation-client.ts", "instrumentation-client.js"].map((f) => path.join(root, f));
  const clients = [...all.filter(isClient), ...every.filter((f) => existsSync(f))];

  it("no client module reaches zod, an endpoint contract or the Markdown pipeline through static imports", () => {
    const problems = clients
      .filter((c) => !LAZY.includes(rel(c)))
      .flatMap(
        (start) =>
          badChains(start, (spec, next) => (FORBIDDEN(spec) ? spec : next && FORBIDDEN_MODULE(next) ? rel(next) : null))
            .chains,
      );
    expect([...new Set(problems)]).toEqual([]);
    expect(clients.length).toBeGreaterThan(40);
  });

  it("the learner side of the question types (inputs, reviews) reaches no editor code", () => {
    const start = path.join(root, "components/questions/registry.tsx");
    const isEditor = (f: string) =>
      /components\/questions\/([^/]+\/(editor|draft|authoring)\.tsx?|authoring-registry\.ts)$/.test(f) ||
      f.includes("/components/authoring/");
    const { chains, reached } = badChains(start, (_spec, next) => (next && isEditor(next) ? rel(next) : null));
    expect(chains).toEqual([]);
    expect(reached, "the walk reached the nine types' inputs").toBeGreaterThan(20);
  });

  it("a lazily loaded module sets zod's browser settings before any schema module loads", () => {
    const late = LAZY.filter((f) => staticImports(path.join(root, f))[0] !== "@/lib/zod-browser");
    expect(late, "their first import must be @/lib/zod-browser").toEqual([]);
  });

  it("the lazily loaded modules are never imported statically", () => {
    const statically = all.flatMap((f) =>
      staticImports(f)
        .map((s) => resolve(f, s))
        .filter((n): n is string => !!n && LAZY.includes(rel(n)))
        .map((n) => `${rel(f)} -> ${rel(n)}`),
    );
    expect(statically).toEqual([]);
  });
});
