"use client";
import { useEffect, useState } from "react";

type Checks = typeof import("./checks");
let loading: Promise<Checks> | null = null;

/** Loads ./checks.ts (zod and the question schemas) once per page, after the editor is on screen. */
export function loadEditorChecks(): Promise<Checks> {
  loading ??= import("./checks").catch((err: unknown) => {
    loading = null;
    throw err;
  });
  return loading;
}

/** The editor's checks once loaded, else null (the editor then shows no problems yet). */
export function useEditorChecks(): Checks | null {
  const [checks, setChecks] = useState<Checks | null>(null);
  useEffect(() => {
    let live = true;
    loadEditorChecks().then(
      (c) => live && setChecks(c),
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  return checks;
}
