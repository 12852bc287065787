import "server-only";
import { notFound } from "next/navigation";
import { textProblem } from "@/lib/text-input";

/**
 * A page's route params. A malformed escape (/decks/%FF) or text Postgres cannot store (NUL,
 * a lone surrogate) names nothing that exists, so it renders the not-found page, as an unknown
 * id does, instead of failing in a query.
 */
export async function pageParams<T extends Record<string, string | string[]>>(params: Promise<T>): Promise<T> {
  let values: T;
  try {
    values = await params;
  } catch {
    notFound();
  }
  for (const value of Object.values(values)) {
    for (const v of ([] as string[]).concat(value)) if (typeof v !== "string" || textProblem(v) !== null) notFound();
  }
  return values;
}

/** One search-param value as text a query can use: the first of repeated values, "" when absent or not storable text. */
export function searchText(value: string | string[] | undefined): string {
  const v = (Array.isArray(value) ? value[0] : value) ?? "";
  return textProblem(v) === null ? v : "";
}
