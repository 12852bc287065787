import { escapeGift } from "./text";

/** `#feedback` after an answer, or nothing. */
export const giftFeedback = (text: string | undefined) => (text === undefined ? "" : `#${escapeGift(text)}`);

/** A Moodle answer weight, without float noise. */
export const giftPercent = (n: number) => String(Number(n.toFixed(5)));
