import type { CurriculumDeck } from "./curriculum-schema";

/**
 * Key hygiene: the shape of a question must not give its answer away. Each rule is a
 * share over one deck, so every deck is fair on its own (and so the whole curriculum is).
 */
export const HYGIENE = {
  /** Single choice: the right option written first in at most this share of questions. */
  maxRightFirst: 0.4,
  /** Multiple choice: every right option before every wrong one in at most this share. */
  maxRightBeforeWrong: 0.4,
  /** Single choice: the longest option is the right one in at most this share. */
  maxLongestRight: 0.35,
  /** True/false: the share of true statements lies in this range. */
  trueShare: [0.35, 0.65] as const,
  /** At most this share of prompts asks what "the chapter" says (the world is the reference). */
  maxChapterPrompts: 0.1,
};

/** Words that tell a test-wise learner a statement is false. */
export const ABSOLUTE_CUES =
  /\b(never|always|every|everything|none|nothing|only|entirely|completely|impossible|guaranteed|all)\b|has nothing to do with/i;

/** Options that answer by elimination instead of by knowing. */
export const CATCH_ALL = /^(all|none|both|neither) of (the )?(above|these|them|those)\b|^other\b|^something else\b/i;

const CHAPTER_PROMPT = /\b(the|this) chapter\b/i;

export interface DeckHygiene {
  slug: string;
  single: number;
  rightFirst: number;
  longestRight: number;
  multiple: number;
  rightBeforeWrong: number;
  truefalse: number;
  trueCount: number;
  chapterPrompts: number;
}

type Choice = { text: string; correct: boolean; feedback?: string };

function choicesOf(q: CurriculumDeck["questions"][number]): Choice[] | null {
  return q.type === "single" || q.type === "multiple" ? q.payload.options : null;
}

/** The counts behind the hygiene shares of one deck. */
export function deckHygiene(deck: CurriculumDeck): DeckHygiene {
  const h: DeckHygiene = {
    slug: deck.slug,
    single: 0,
    rightFirst: 0,
    longestRight: 0,
    multiple: 0,
    rightBeforeWrong: 0,
    truefalse: 0,
    trueCount: 0,
    chapterPrompts: 0,
  };
  for (const q of deck.questions) {
    if (CHAPTER_PROMPT.test(q.prompt)) h.chapterPrompts++;
    if (q.type === "single") {
      const opts = q.payload.options;
      h.single++;
      if (opts[0].correct) h.rightFirst++;
      const longest = Math.max(...opts.map((o) => o.text.length));
      if (opts.find((o) => o.correct)!.text.length === longest) h.longestRight++;
    } else if (q.type === "multiple") {
      h.multiple++;
      const lastRight = q.payload.options.map((o) => o.correct).lastIndexOf(true);
      const firstWrong = q.payload.options.findIndex((o) => !o.correct);
      if (lastRight < firstWrong) h.rightBeforeWrong++;
    } else if (q.type === "truefalse") {
      h.truefalse++;
      if (q.payload.answer) h.trueCount++;
    }
  }
  return h;
}

const pct = (n: number, of: number) => `${n}/${of} (${Math.round((100 * n) / Math.max(of, 1))} %)`;

/** Every hygiene rule one deck breaks, each naming the deck or question and the numbers. */
export function hygieneProblems(deck: CurriculumDeck): string[] {
  const problems: string[] = [];
  const h = deckHygiene(deck);
  if (h.rightFirst > HYGIENE.maxRightFirst * h.single)
    problems.push(`${deck.slug}: right option first in ${pct(h.rightFirst, h.single)} of single choice (max 40 %)`);
  if (h.longestRight > HYGIENE.maxLongestRight * h.single)
    problems.push(
      `${deck.slug}: longest option is right in ${pct(h.longestRight, h.single)} of single choice (max 35 %)`,
    );
  if (h.rightBeforeWrong > HYGIENE.maxRightBeforeWrong * h.multiple)
    problems.push(
      `${deck.slug}: all right options first in ${pct(h.rightBeforeWrong, h.multiple)} of multiple choice (max 40 %)`,
    );
  const [lo, hi] = HYGIENE.trueShare;
  if (h.truefalse > 0 && (h.trueCount < lo * h.truefalse || h.trueCount > hi * h.truefalse))
    problems.push(`${deck.slug}: ${pct(h.trueCount, h.truefalse)} of true/false are true (35–65 %)`);
  if (h.chapterPrompts > HYGIENE.maxChapterPrompts * deck.questions.length)
    problems.push(
      `${deck.slug}: ${pct(h.chapterPrompts, deck.questions.length)} of prompts ask what "the chapter" says (max 10 %)`,
    );
  for (const q of deck.questions) {
    if (q.type === "truefalse" && ABSOLUTE_CUES.test(q.prompt))
      problems.push(
        `${q.id}: true/false statement carries an absolute cue word (${q.prompt.match(ABSOLUTE_CUES)![0]})`,
      );
    for (const o of choicesOf(q) ?? []) {
      if (!o.correct && !o.feedback?.trim())
        problems.push(`${q.id}: wrong option "${o.text.slice(0, 40)}" has no feedback`);
      if (CATCH_ALL.test(o.text.trim())) problems.push(`${q.id}: catch-all option "${o.text.slice(0, 40)}"`);
    }
  }
  return problems;
}
