"use client";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { Modal } from "@/components/ui/modal";

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
  return (
    <Modal
      open={open}
      width="md"
      aria-labelledby="confirm-heading"
      aria-describedby="confirm-body"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
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
    </Modal>
  );
}
