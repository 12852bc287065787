export * from "./schemas";
export * from "./types";
export { textId } from "./ids";
export { gradeAnswer, normaliseText } from "./grading";
export { matchesAccepted } from "./normalise";
export { parsePayload, type PayloadFor, type TypedPayload } from "./payload";
export { toPublicQuestion, choiceOrder, toSolution, type ChoiceOrder, type OrderKey, type RedactOptions } from "./redact";
