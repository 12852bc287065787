"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/api/client";
import type { AuthorDeckSummaryDto } from "@/lib/authoring/schemas";
import { archiveDeckEp, publishDeckEp, unarchiveDeckEp, unpublishDeckEp } from "@/lib/api/routes";

const DECK_ACTIONS = {
  publish: publishDeckEp,
  unpublish: unpublishDeckEp,
  archive: archiveDeckEp,
  unarchive: unarchiveDeckEp,
};
type Action = keyof typeof DECK_ACTIONS;

/** Publish/Unpublish and Archive/Unarchive for one deck; the result is announced. */
export function DeckActions({
  deck,
}: {
  deck: Pick<AuthorDeckSummaryDto, "id" | "title" | "status" | "archived" | "version">;
}) {
  const router = useRouter();
  const [pending, setPending] = useState<Action | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function run(action: Action) {
    setPending(action);
    setMessage(null);
    try {
      const d = await api(DECK_ACTIONS[action], { params: { deckId: deck.id } });
      const text = {
        publish: `Published version ${d.version}.`,
        unpublish: "Unpublished: back to draft.",
        archive: "Archived.",
        unarchive: "Unarchived.",
      }[action];
      setMessage({ ok: true, text });
      router.refresh();
    } catch (err) {
      setMessage({ ok: false, text: (err as Error).message });
    } finally {
      setPending(null);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      {!deck.archived &&
        (deck.status === "DRAFT" ? (
          <Button onClick={() => run("publish")} disabled={!!pending} aria-label={`Publish ${deck.title}`}>
            Publish
          </Button>
        ) : (
          <>
            <Button
              variant="secondary"
              onClick={() => run("publish")}
              disabled={!!pending}
              aria-label={`Publish a new version of ${deck.title}`}
            >
              Publish new version
            </Button>
            <Button
              variant="secondary"
              onClick={() => run("unpublish")}
              disabled={!!pending}
              aria-label={`Unpublish ${deck.title}`}
            >
              Unpublish
            </Button>
          </>
        ))}
      <Button
        variant="ghost"
        onClick={() => run(deck.archived ? "unarchive" : "archive")}
        disabled={!!pending}
        aria-label={`${deck.archived ? "Unarchive" : "Archive"} ${deck.title}`}
      >
        {deck.archived ? "Unarchive" : "Archive"}
      </Button>
      <span
        role="status"
        className={`text-sm ${message?.ok === false ? "text-red-700 dark:text-red-400" : "text-slate-700 dark:text-slate-300"}`}
      >
        {message?.text}
      </span>
    </div>
  );
}
