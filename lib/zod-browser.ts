import { z } from "zod";

/**
 * Zod in the browser, for the modules that load it lazily (the question editor's checks and live
 * preview; no first-load code imports zod, tests/unit/api/client-bundle.test.ts). Zod probes for
 * eval (new Function) when it first builds an object parser, to compile a fast one; under our
 * CSP (no 'unsafe-eval') the probe fails harmlessly but the browser reports a violation. The
 * interpreted parser is fast enough for one draft. Import this first, before any schema module.
 * Browser only: on the server zod keeps its compiled parsers.
 */
if (typeof window !== "undefined") z.config({ jitless: true });
