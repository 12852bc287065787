"use client";
import { useEffect, useLayoutEffect, useRef } from "react";

/** Global study keys, ignored while the learner types in a field (except Enter, which submits it). */
export function useStudyKeys(handlers: {
  reveal?: () => Promise<void>;
  grade?: (g: number) => Promise<void>;
  undo?: () => Promise<void>;
  shortcuts?: () => void;
}) {
  const ref = useRef(handlers);
  // The latest handlers, stored after each commit (not during render) for the one listener below to call.
  useLayoutEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      // A widget that used the key (an ordering item grabbing) has said so; an open dialog owns the keys.
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (document.querySelector("dialog[open]")) return;
      const target = e.target as HTMLElement | null;
      const toggle = target instanceof HTMLInputElement && (target.type === "radio" || target.type === "checkbox");
      const select = target?.tagName === "SELECT";
      const typing =
        !!target && !toggle && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
      // An ordering item is a button whose Enter does nothing of its own, so Enter reveals there too.
      const orderingItem = !!target?.closest("[data-ordering-item]");
      const onButton = !orderingItem && (target?.tagName === "BUTTON" || target?.tagName === "A");
      const h = ref.current;
      // Space on a radio/checkbox keeps its native meaning (select), and on a <select> (open it); Enter there reveals.
      const revealKey = e.key === "Enter" || (e.key === " " && !toggle && !select);
      if (revealKey && h.reveal && (!typing || (select && e.key === "Enter")) && !onButton) {
        e.preventDefault();
        void h.reveal(); // the handler reports its own errors
      } else if (/^[0-5]$/.test(e.key) && h.grade && !typing) {
        e.preventDefault();
        void h.grade(Number(e.key));
      } else if ((e.key === "u" || e.key === "U") && h.undo && !typing) {
        e.preventDefault();
        void h.undo();
      } else if (e.key === "?" && h.shortcuts && !typing) {
        e.preventDefault();
        h.shortcuts();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
