"use client";
import { useEffect, useRef, type ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";

/**
 * A yes/no question in a native modal <dialog>: showModal() traps focus and makes the page
 * inert, Escape cancels, and focus goes back to what opened it. Cancel has the focus first, so
 * an Enter pressed by habit changes nothing.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  danger = false,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
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
      aria-labelledby="confirm-heading"
      aria-describedby="confirm-body"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      className="m-auto w-[min(30rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      {open && (
        <>
          <h2 id="confirm-heading" className="mb-2 text-lg font-semibold">
            {title}
          </h2>
          <div id="confirm-body" className="text-sm">
            {children}
          </div>
          <div className="mt-5 flex flex-wrap justify-end gap-2">
            <button type="button" className={buttonClass("secondary")} onClick={onCancel} autoFocus>
              Cancel
            </button>
            <button type="button" className={buttonClass(danger ? "danger" : "primary")} onClick={onConfirm}>
              {confirmLabel}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
