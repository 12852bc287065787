import fs from "node:fs";

/**
 * Turns a V8 .cpuprofile (`node --cpu-prof` of the production server) into self time by category:
 * where the server's CPU went while it served one kind of request under saturation.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileTable {
  /** Sampled ms in the window, idle excluded. */
  busyMs: number;
  idleMs: number;
  rows: { category: string; ms: number; share: number; top: string[] }[];
}

/** The category of one frame: by the file it runs from (bundled chunks are named after their modules), then by name. */
export function categoryOf(frame: { functionName: string; url: string }): string {
  const u = frame.url.replace(/\\/g, "/");
  const f = frame.functionName;
  if (f === "(idle)") return "idle";
  if (f === "(garbage collector)") return "garbage collection";
  if (f === "(program)") return "V8 / native (unattributed)";
  if (/next-auth|jose|openid|oauth|@panva/.test(u)) return "next-auth JWT decode (jose)";
  if (/zod/.test(u)) return "zod";
  if (/@prisma|prisma|lib\/db\/generated|query_compiler|query-compiler/.test(u)) return "Prisma client + adapter";
  if (/node_modules\/(pg|pg-protocol|pg-types|pg-pool|postgres-[a-z]+|pgpass)\//.test(u)) return "pg driver";
  if (/argon2/.test(u)) return "argon2 (sign-in, before the load)";
  if (/next\/dist\/compiled\/react|react-dom|react-server|\/react\//.test(u)) return "React (server)";
  if (/next\/dist|\.next\/server\/(chunks\/)?(ssr\/)?\[turbopack\]|next_dist|node_modules_next_/.test(u))
    return "Next (routing, request/response)";
  if (/\.next\/server\/|\/lib\/|\/app\//.test(u)) return "our code (app + lib, bundled)";
  if (f === "parse" || f === "stringify" || /JSON/.test(f)) return "JSON";
  if (/^node:|^internal\/|^$/.test(u)) return "Node core (http, streams, crypto, timers)";
  if (/node_modules\//.test(u)) return `other: ${/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(u)?.[1] ?? u}`;
  return "other";
}

/** Self time per category over the samples taken between `from` and `to` (µs on the profile's clock; all when absent). */
export function aggregateProfile(file: string, window?: { from: number; to: number }): ProfileTable {
  const p = JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const ms = new Map<string, number>();
  const fns = new Map<string, Map<string, number>>();
  let t = p.startTime;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = p.timeDeltas[i] ?? 0;
    t += dt;
    if (window && (t < window.from || t > window.to)) continue;
    const node = byId.get(p.samples[i]);
    if (!node) continue;
    const cat = categoryOf(node.callFrame);
    ms.set(cat, (ms.get(cat) ?? 0) + dt / 1000);
    const fn = `${node.callFrame.functionName || "(anonymous)"} ${node.callFrame.url.split("/").slice(-1)[0]}`;
    const m = fns.get(cat) ?? new Map<string, number>();
    m.set(fn, (m.get(fn) ?? 0) + dt / 1000);
    fns.set(cat, m);
  }
  const idleMs = ms.get("idle") ?? 0;
  ms.delete("idle");
  const busyMs = [...ms.values()].reduce((a, b) => a + b, 0);
  const rows = [...ms.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([category, v]) => ({
      category,
      ms: Math.round(v),
      share: busyMs ? Math.round((v / busyMs) * 1000) / 10 : 0,
      top: [...(fns.get(category) ?? new Map<string, number>()).entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([name, v2]) => `${name.trim()} ${Math.round(v2)} ms`),
    }));
  return { busyMs: Math.round(busyMs), idleMs: Math.round(idleMs), rows };
}

/** The newest .cpuprofile in `dir`. */
export function newestProfile(dir: string): string {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => ({ f: `${dir}/${f}`, m: fs.statSync(`${dir}/${f}`).mtimeMs }))
    .sort((a, b) => b.m - a.m);
  if (!files.length) throw new Error(`no .cpuprofile in ${dir}`);
  return files[0].f;
}
