import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");

/** Every project file a module reaches through its static imports (packages by name). */
function reach(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const src = fs.readFileSync(file, "utf8");
    for (const m of src.matchAll(/^\s*(?:import|export)\s(?!type\b)(?:[^;]*?from\s+)?"([^"]+)"/gm)) {
      const spec = m[1];
      if (!spec.startsWith("@/") && !spec.startsWith(".")) {
        packages.add(spec);
        continue;
      }
      const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : path.resolve(path.dirname(file), spec);
      const found = [".ts", ".tsx", "/index.ts"].map((e) => base + e).find((f) => fs.existsSync(f));
      if (found) visit(found);
    }
  };
  visit(path.join(root, entry));
  return { files, packages };
}

describe("the 'Is it working?' page", () => {
  it("never pulls the optimizer (a native addon) or the job queue into the Next bundle", () => {
    const { files, packages } = reach("app/(app)/progress/calibration/page.tsx");
    const rel = [...files].map((f) => path.relative(root, f));
    expect(rel).toContain("lib/srs/calibration.ts");
    expect(rel).toContain("lib/srs/fsrs/replay.ts");
    expect(rel).not.toContain("lib/srs/fsrs/fit.ts");
    expect(rel).not.toContain("lib/srs/fsrs/evaluate.ts");
    expect(packages).not.toContain("@open-spaced-repetition/binding");
    expect(packages).not.toContain("pg-boss");
  });
});
