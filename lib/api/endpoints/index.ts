import type { AnyEndpoint } from "../endpoint";
import * as account from "./account";
import * as admin from "./admin";
import * as anki from "./anki";
import * as authoring from "./authoring";
import * as decks from "./decks";
import * as quizStatistics from "./quiz-statistics";
import * as quizManagement from "./quiz-management";
import * as quizzes from "./quizzes";
import * as regrade from "./regrade";
import * as study from "./study";

const isEndpoint = (v: unknown): v is AnyEndpoint =>
  typeof v === "object" && v !== null && "method" in v && "path" in v;

/** Every /api/v1 endpoint; the OpenAPI document is generated from this list. */
export const ALL_ENDPOINTS: AnyEndpoint[] = [
  account,
  decks,
  study,
  quizzes,
  quizManagement,
  regrade,
  authoring,
  admin,
  quizStatistics,
  anki,
].flatMap((m) => Object.values(m as Record<string, unknown>).filter(isEndpoint));
