"use client";
import { useEffect, useLayoutEffect, useRef } from "react";

/** Global study keys, ignored while the learner types in a field (except Enter, which submits it). */
export function useStudyKeys(handlers: {
  reveal?: () => Promise<void>;
  grade?: (g: number) => Promise<void>;
  undo?: () => Promise<void>;
}) {
  const ref = useRef(handlers);
  // The latest handlers, stored after each commit (not during render) for the one listener below to call.
  useLayoutEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      const toggle = target instanceof HTMLInputElement && (target.type === "radio" || target.type === "checkbox");
      const typing =
        !!target && !toggle && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
      const onButton = target?.tagName === "BUTTON" || target?.tagName === "A";
      const h = ref.current;
      // Space on a radio/checkbox keeps its native meaning (select); Enter there reveals.
      const revealKey = e.key === "Enter" || (e.key === " " && !toggle);
      if (revealKey && h.reveal && !typing && !onButton) {
        e.preventDefault();
        void h.reveal(); // the handler reports its own errors
      } else if (/^[0-5]$/.test(e.key) && h.grade && !typing) {
        e.preventDefault();
        void h.grade(Number(e.key));
      } else if ((e.key === "u" || e.key === "U") && h.undo && !typing) {
        e.preventDefault();
        void h.undo();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
