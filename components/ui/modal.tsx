"use client";
import { useEffect, useRef, type DialogHTMLAttributes } from "react";

const WIDTH = { md: "w-[min(30rem,calc(100vw-2rem))]", lg: "w-[min(32rem,calc(100vw-2rem))]" } as const;

/**
 * A native modal <dialog> shown while `open`: showModal() traps focus and makes the page inert,
 * Escape fires the dialog's cancel event, and closing returns focus to what opened it.
 */
export function Modal({
  open,
  width,
  ...props
}: Omit<DialogHTMLAttributes<HTMLDialogElement>, "open" | "className"> & { open: boolean; width: keyof typeof WIDTH }) {
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
      {...props}
      className={`m-auto ${WIDTH[width]} rounded-lg border border-slate-200 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100`}
    />
  );
}
