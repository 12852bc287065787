import type { AnyEndpoint } from "../endpoint";
import * as account from "./account";

const isEndpoint = (v: unknown): v is AnyEndpoint => typeof v === "object" && v !== null && "method" in v && "path" in v;

/** Every /api/v1 endpoint; the OpenAPI document is generated from this list. */
export const ALL_ENDPOINTS: AnyEndpoint[] = [account].flatMap((m) => Object.values(m as Record<string, unknown>).filter(isEndpoint));
