import { z } from "zod";

// Zod probes for eval (new Function) when it builds its first object schema, to compile fast
// parsers. Under our CSP (no 'unsafe-eval') the probe fails harmlessly but the browser still
// reports a violation on every page; in the browser the interpreted parser is fast enough.
// This runs before any of our client modules (Next's instrumentation-client convention).
z.config({ jitless: true });
