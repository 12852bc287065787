"use client";
import { useEffect, useRef } from "react";
import { buttonClass } from "@/components/ui/button";

const KEYS: [string, string][] = [
  ["Space or Enter", "Check the answer, or show it without answering"],
  ["0 – 5", "Grade your recall (after the answer is shown)"],
  ["U", "Undo the last grade"],
  ["Tab", "Move between the answer and the buttons"],
  ["Space on an ordering item", "Grab it; the arrow keys move it; Space drops it; Escape puts it back"],
  ["?", "Show these shortcuts"],
  ["Escape", "Close this list"],
];

/**
 * The study keys in a native modal <dialog>: showModal() traps focus and makes the page
 * inert, Escape closes it, and focus returns to what opened it.
 */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby="shortcuts-heading"
      onClose={onClose}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id="shortcuts-heading" className="mb-3 text-lg font-semibold">
        Keyboard shortcuts
      </h2>
      <dl className="flex flex-col gap-2 text-sm">
        {KEYS.map(([key, what]) => (
          <div key={key} className="grid grid-cols-[9rem_1fr] gap-3">
            <dt>
              <kbd className="font-mono font-semibold">{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="mt-4 flex justify-end">
        <button type="submit" className={buttonClass("secondary")} autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
