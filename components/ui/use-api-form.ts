"use client";
import { useState } from "react";

export type FormStatus = { kind: "error" | "success"; text: string } | null;

/**
 * Sends a form's values as JSON to an /api/v1 route and keeps what the form shows: the
 * pending flag, the error shape's per-field messages, and a status line.
 */
export function useApiForm() {
  const [fields, setFields] = useState<Record<string, string[]>>({});
  const [status, setStatus] = useState<FormStatus>(null);
  const [pending, setPending] = useState(false);

  /** Resolves to the response body, or null (with fields and status set) when refused. */
  async function submit<T>(url: string, method: "POST" | "PATCH" | "PUT", body: unknown, failText: string): Promise<T | null> {
    setPending(true);
    setFields({});
    setStatus(null);
    try {
      const res = await fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const json = await res.json().catch(() => null);
      if (!res.ok) {
        setFields(json?.error?.fields ?? {});
        setStatus({ kind: "error", text: json?.error?.message ?? failText });
        return null;
      }
      return json as T;
    } catch {
      setStatus({ kind: "error", text: "You seem to be offline. Check your connection and try again." });
      return null;
    } finally {
      setPending(false);
    }
  }

  return { fields, setFields, status, setStatus, pending, submit };
}
