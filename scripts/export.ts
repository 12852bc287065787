/**
 * npm run export -- --deck SLUG --format gift|json [--out FILE]
 *
 * Writes the deck's live questions, in order, as Moodle GIFT or Layerwise JSON (the same
 * service as GET /api/v1/decks/{deckId}/export) to FILE, or to stdout (use `npm run -s export` so
 * npm's banner stays out of the file). Exit code 1 on errors.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { reportError, withDatabase } from "./cli-db";

const USAGE = "usage: npm run export -- --deck SLUG --format gift|json [--out FILE]";

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({ options: { deck: { type: "string" }, format: { type: "string" }, out: { type: "string" } } });
} catch (err) {
  usage((err as Error).message);
}
const { deck: slug, out } = args.values;
const format = args.values.format ?? (out?.toLowerCase().endsWith(".json") ? "json" : undefined);
if (!slug) usage("Give the deck: --deck SLUG.");
if (format !== "gift" && format !== "json") usage("Give --format gift or --format json.");

const code = await withDatabase(async () => {
  const { db } = await import("@/lib/db/client");
  const { AppError } = await import("@/lib/errors");
  const { exportDeck } = await import("@/lib/authoring/import-export");
  try {
    const deck = await db.deck.findUnique({ where: { slug }, select: { id: true } });
    if (!deck) throw new AppError("NOT_FOUND", `No deck with slug "${slug}".`);
    // The operator running this has the database itself: they act as an admin.
    const file = await exportDeck({ id: "cli", role: "ADMIN" }, deck.id, format);
    if (out) {
      fs.writeFileSync(out, file.text);
      console.error(`wrote ${out} (${Buffer.byteLength(file.text)} bytes)`);
    } else {
      process.stdout.write(file.text);
    }
    return 0;
  } catch (err) {
    return reportError(err);
  }
});
process.exit(code);
