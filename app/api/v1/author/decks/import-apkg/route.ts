import { importDeckApkgEp } from "@/lib/api/endpoints/anki";
import { handle } from "@/lib/api/handler";
import { importDeckApkg } from "@/lib/anki/import";
import { readApkgBody } from "@/lib/anki/upload";

// The body is the .apkg itself (binary), not JSON: the contract has no body schema and this reads it.
export const POST = handle(importDeckApkgEp, async ({ user, req }) => importDeckApkg(user, await readApkgBody(req)));
