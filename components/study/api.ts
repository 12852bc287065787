import type { CheckResult, QueueCardDto, QueueDto, ReviewResultDto } from "./types";

export class ApiError extends Error {
  constructor(
    public status: number,
    message: string,
    public details?: { state?: QueueCardDto["state"] },
  ) {
    super(message);
  }
}

async function request<T>(url: string, init?: RequestInit, retries = 1): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, headers: { "content-type": "application/json", ...(init?.headers ?? {}) } });
  } catch (err) {
    // Network failure: POSTs here are idempotent (client request ids), so one retry is safe.
    if (retries > 0) return request<T>(url, init, retries - 1);
    throw new ApiError(0, "You seem to be offline. Check your connection and try again.");
  }
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, body?.error?.message ?? `Request failed (${res.status})`, body?.error?.details);
  return body as T;
}

export const studyApi = {
  queue: () => request<QueueDto>("/api/v1/study/queue?limit=50"),
  check: (questionId: string, answer: unknown) =>
    request<CheckResult>("/api/v1/study/check", { method: "POST", body: JSON.stringify(answer === undefined ? { questionId } : { questionId, answer }) }),
  review: (body: { clientRequestId: string; questionId: string; grade: number; expectedVersion: number; answer?: unknown; durationMs?: number }) =>
    request<ReviewResultDto>("/api/v1/reviews", { method: "POST", body: JSON.stringify(body) }),
  undo: () => request<{ undone: { questionId: string; grade: number; drill: boolean }; state: QueueCardDto["state"] }>("/api/v1/reviews/undo", { method: "POST" }),
};
