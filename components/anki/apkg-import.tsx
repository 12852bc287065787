"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { api, apiMessage } from "@/lib/api/client";
import { importDeckApkgEp, importMyAnkiHistoryEp } from "@/lib/api/routes";
import { APKG_MAX_BYTES } from "@/lib/anki/limits";
import type { AnkiImportReport } from "@/lib/anki/schemas";
import { buttonClass, FILE_INPUT_CLASS } from "@/components/ui/button";

/**
 * Uploads an .apkg: as an instructor into a new draft deck (`target="deck"`), or as a learner
 * their review history (`target="history"`). Shows the import report, skipped items included.
 */
export function ApkgImport({ target }: { target: "deck" | "history" }) {
  const router = useRouter();
  const id = useId().replace(/[^\w-]/g, "");
  const fileRef = useRef<HTMLInputElement>(null);
  const [report, setReport] = useState<AnkiImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(e: React.SubmitEvent) {
    e.preventDefault();
    setError(null);
    setReport(null);
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setError("Choose an .apkg file first.");
      return;
    }
    if (file.size > APKG_MAX_BYTES) {
      setError(`${file.name} is larger than 50 MiB.`);
      return;
    }
    setPending(true);
    try {
      const rawBody = { contentType: "application/octet-stream", text: file };
      const result =
        target === "deck" ? await api(importDeckApkgEp, { rawBody }) : await api(importMyAnkiHistoryEp, { rawBody });
      setReport(result);
      router.refresh();
    } catch (err) {
      setError(apiMessage(err, "The package could not be imported."));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-2" aria-describedby={`${id}-status`}>
      <label htmlFor={`${id}-file`} className="text-sm font-medium">
        {target === "deck" ? "Anki package (.apkg) to import as a new draft deck" : "Your Anki package (.apkg)"}
      </label>
      <input
        id={`${id}-file`}
        ref={fileRef}
        type="file"
        accept=".apkg,.colpkg,application/zip"
        className={FILE_INPUT_CLASS}
      />
      <button type="submit" disabled={pending} className={buttonClass("secondary", "self-start")}>
        {pending ? "Importing…" : target === "deck" ? "Import from Anki" : "Import my Anki history"}
      </button>
      <div id={`${id}-status`} aria-live="polite" className="text-sm">
        {error && <p className="text-red-700 dark:text-red-300">{error}</p>}
        {report && (
          <div>
            <p>
              {target === "deck"
                ? `Created ${report.created} questions in a new draft deck.`
                : `Imported ${report.reviewsImported} reviews onto ${report.cardsUpdated} cards.`}
            </p>
            {report.deckId && (
              <a href={`/author/decks/${report.deckId}`} className="underline">
                Open the new deck
              </a>
            )}
            {report.skipped.length > 0 && (
              <ul className="list-disc pl-5">
                {report.skipped.map((s) => (
                  <li key={`${s.what}-${s.reason}`}>
                    {s.count} {s.what}: {s.reason}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </form>
  );
}
