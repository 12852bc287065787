"use client";
import { buttonClass } from "@/components/ui/button";
import { Modal } from "@/components/ui/modal";

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
  return (
    <Modal open={open} width="lg" aria-labelledby="shortcuts-heading" onClose={onClose}>
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
    </Modal>
  );
}
