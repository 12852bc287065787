/**
 * npm run import -- FILE --deck SLUG [--format gift|json] [--owner EMAIL] [--create] [--dry-run]
 *
 * Adds the questions of a Moodle GIFT or Layerwise JSON file to the deck SLUG, all or nothing
 * (the same service as POST /api/v1/decks/{deckId}/import). The format defaults from the file
 * name (.json → json, anything else → gift). --create makes the deck (a draft) when it does not
 * exist, owned by --owner (an instructor or admin); its title comes from a JSON file's deck, or
 * from the slug. With --owner on an existing deck, that user must be allowed to edit it.
 * Exit code 1 with "FILE:LINE: message" lines on bad input; 2 on bad usage.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { reportError, withDatabase } from "./cli-db";

const USAGE = "usage: npm run import -- FILE --deck SLUG [--format gift|json] [--owner EMAIL] [--create] [--dry-run]";

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      deck: { type: "string" },
      format: { type: "string" },
      owner: { type: "string" },
      create: { type: "boolean" },
      "dry-run": { type: "boolean" },
    },
  });
} catch (err) {
  usage((err as Error).message);
}
const [file, ...extra] = args.positionals;
const { deck: slug, owner: ownerEmail, create = false } = args.values;
const dryRun = args.values["dry-run"] ?? false;
if (!file || extra.length) usage("Give exactly one FILE.");
if (!slug) usage("Give the deck: --deck SLUG.");
const format = args.values.format ?? (path.extname(file).toLowerCase() === ".json" ? "json" : "gift");
if (format !== "gift" && format !== "json") usage(`--format must be gift or json, not ${format}.`);
if (!fs.existsSync(file)) usage(`No such file: ${file}`);

const text = fs.readFileSync(file, "utf8");

const code = await withDatabase(async () => {
  const { db } = await import("@/lib/db/client");
  const { AppError } = await import("@/lib/errors");
  const { createDeck } = await import("@/lib/authoring/decks");
  const { importQuestions, parseImport, toImportAppError } = await import("@/lib/authoring/import-export");
  const { parseDeckJson } = await import("@/lib/decks/json-format");
  const { DeckImportError } = await import("@/lib/decks/import-errors");
  const { SLUG_RE } = await import("@/lib/authoring/schemas");
  try {
    const owner = ownerEmail ? await db.user.findUnique({ where: { email: ownerEmail.trim().toLowerCase() } }) : null;
    if (ownerEmail && !owner) throw new AppError("NOT_FOUND", `No user with email ${ownerEmail}.`);
    if (owner && owner.role === "LEARNER")
      throw new AppError("FORBIDDEN", `${owner.email} is a learner; only instructors and admins own decks.`);
    // The operator running this has the database itself: without --owner they act as an admin.
    const actor = owner ? { id: owner.id, role: owner.role } : { id: "cli", role: "ADMIN" as const };

    let deck = await db.deck.findUnique({ where: { slug } });
    if (!deck) {
      if (!create)
        throw new AppError("NOT_FOUND", `No deck with slug "${slug}". Pass --create --owner EMAIL to create it.`);
      if (!owner)
        throw new AppError("BAD_REQUEST", "--create needs --owner EMAIL: the instructor who will own the new deck.");
      if (!SLUG_RE.test(slug))
        throw new AppError(
          "BAD_REQUEST",
          `"${slug}" is not a valid slug: lowercase letters, digits and single dashes.`,
        );
      // Check the whole file before creating anything, so a bad file leaves no empty deck behind.
      parseImport(format, text);
      let info: { title: string; description?: string; chapter?: string } = {
        title: slug.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase()),
      };
      if (format === "json") {
        try {
          info = parseDeckJson(text).deck;
        } catch (err) {
          throw err instanceof DeckImportError ? toImportAppError(err) : err;
        }
      }
      if (!dryRun) {
        const created = await createDeck(actor, info, { slug });
        deck = await db.deck.findUniqueOrThrow({ where: { id: created.id } });
        console.error(`created draft deck ${deck.slug} ("${deck.title}") owned by ${owner.email}`);
      } else {
        const questions = parseImport(format, text, info.chapter);
        console.log(`dry run: would create deck ${slug} ("${info.title}") with ${questions.length} questions`);
        for (const [i, q] of questions.entries())
          console.log(`  ${i + 1}. [${q.type}] §${q.section ?? "–"} ${q.prompt.replace(/\s+/g, " ").slice(0, 80)}`);
        return 0;
      }
    }
    const result = await importQuestions(actor, deck.id, format, text, { dryRun });
    console.log(
      `${dryRun ? "dry run: would import" : "imported"} ${result.questions.length} questions into ${deck.slug} (${format})`,
    );
    for (const [i, q] of result.questions.entries())
      console.log(`  ${i + 1}. [${q.type}] §${q.section ?? "–"} ${q.prompt.replace(/\s+/g, " ").slice(0, 80)}`);
    return 0;
  } catch (err) {
    return reportError(err, file);
  }
});
process.exit(code);
