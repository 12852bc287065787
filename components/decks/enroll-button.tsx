"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function EnrollButton({ deckId, deckTitle, enrolled: initial }: { deckId: string; deckTitle: string; enrolled: boolean }) {
  const router = useRouter();
  const [enrolled, setEnrolled] = useState(initial);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function toggle() {
    setPending(true);
    setError(null);
    const res = await fetch(`/api/v1/decks/${deckId}/enrollment`, { method: enrolled ? "DELETE" : "PUT" });
    setPending(false);
    if (!res.ok) {
      setError((await res.json().catch(() => null))?.error?.message ?? "Could not change that.");
      return;
    }
    setEnrolled(!enrolled);
    router.refresh();
  }
  return (
    <div className="flex items-center gap-3">
      <Button variant={enrolled ? "secondary" : "primary"} onClick={toggle} disabled={pending} aria-label={`${enrolled ? "Stop studying" : "Study"} ${deckTitle}`}>
        {enrolled ? "Studying ✓ — stop" : "Study this deck"}
      </Button>
      <span aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
        {error}
      </span>
    </div>
  );
}
