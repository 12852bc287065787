"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { api, apiMessage } from "@/lib/api/client";
import { enrollEp, unenrollEp } from "@/lib/api/routes";

export function EnrollButton({
  deckId,
  deckTitle,
  enrolled: initial,
}: {
  deckId: string;
  deckTitle: string;
  enrolled: boolean;
}) {
  const router = useRouter();
  const [enrolled, setEnrolled] = useState(initial);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function toggle() {
    setPending(true);
    setError(null);
    try {
      await api(enrolled ? unenrollEp : enrollEp, { params: { deckId } });
    } catch (err) {
      setError(apiMessage(err, "Could not change that."));
      return;
    } finally {
      setPending(false);
    }
    setEnrolled(!enrolled);
    router.refresh();
  }
  return (
    <div className="flex items-center gap-3">
      <Button
        variant={enrolled ? "secondary" : "primary"}
        onClick={toggle}
        disabled={pending}
        aria-label={`${enrolled ? "Stop studying" : "Study"} ${deckTitle}`}
      >
        {enrolled ? "Studying ✓ — stop" : "Study this deck"}
      </Button>
      <span aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
        {error}
      </span>
    </div>
  );
}
