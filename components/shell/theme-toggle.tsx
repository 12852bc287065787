"use client";
import { useEffect, useState } from "react";

export function ThemeToggle() {
  const [dark, setDark] = useState<boolean | null>(null);
  // The class is set by the pre-paint script and exists only in the browser; the server render (and hydration) must see null.
  // eslint-disable-next-line react-hooks/set-state-in-effect -- reading the DOM once after hydration is what this effect is for.
  useEffect(() => setDark(document.documentElement.classList.contains("dark")), []);
  function toggle() {
    const next = !document.documentElement.classList.contains("dark");
    document.documentElement.classList.toggle("dark", next);
    localStorage.setItem("lw-theme", next ? "dark" : "light");
    setDark(next);
  }
  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={dark ?? undefined}
      className="rounded-md px-2 py-1 hover:bg-slate-100 dark:hover:bg-slate-800"
      title="Toggle dark mode"
    >
      <span aria-hidden="true">{dark ? "☀" : "☾"}</span>
      <span className="sr-only">Dark mode</span>
    </button>
  );
}
