"use client";
import { useState } from "react";
import { ApiError, api, type ApiOptions, type ApiResponse, type ApiTarget } from "@/lib/api/client";

export type FormStatus = { kind: "error" | "success"; text: string } | null;

/**
 * Sends a form's values to an /api/v1 endpoint through the typed client and keeps what the
 * form shows: the pending flag, the error shape's per-field messages, and a status line.
 */
export function useApiForm() {
  const [fields, setFields] = useState<Partial<Record<string, string[]>>>({});
  const [status, setStatus] = useState<FormStatus>(null);
  const [pending, setPending] = useState(false);

  /** Resolves to the response body, or null (with fields and status set) when refused. */
  async function submit<E extends ApiTarget>(
    ep: E,
    options: ApiOptions<E>,
    failText: string,
  ): Promise<ApiResponse<E> | null> {
    setPending(true);
    setFields({});
    setStatus(null);
    try {
      return await (api as (ep: E, o: ApiOptions<E>) => Promise<ApiResponse<E>>)(ep, options);
    } catch (err) {
      if (err instanceof ApiError) {
        setFields(err.fields);
        setStatus({ kind: "error", text: err.code === "UNKNOWN" ? failText : err.message });
      } else setStatus({ kind: "error", text: failText });
      return null;
    } finally {
      setPending(false);
    }
  }

  return { fields, setFields, status, setStatus, pending, submit };
}
