import { markdownHtmlSchema } from "@/lib/markdown/schemas";
import { z } from "zod";
import { publicQuestionSchema, solutionSchema } from "@/lib/questions/dto-schemas";
import { SYNC_MAX_REVIEWS } from "./sync-limits";

export const gradeSchema = z
  .number({ error: "grade must be a whole number from 0 to 5" })
  .int("grade must be a whole number from 0 to 5")
  .min(0, "grade must be a whole number from 0 to 5")
  .max(5, "grade must be a whole number from 0 to 5");

const clientRequestIdSchema = z
  .string()
  .trim()
  .min(8, "clientRequestId must be 8–100 characters (a UUID is ideal)")
  .max(100);

/** How long the card was on screen before the grade, at most a day. */
const durationMsSchema = z
  .number()
  .int()
  .min(0)
  .max(24 * 3600 * 1000)
  .optional();

/** A review made on a device, possibly offline: no expectedVersion (the server's replay orders it), no answer (self-graded). */
export const offlineReviewSchema = z
  .object({
    clientRequestId: clientRequestIdSchema,
    questionId: z.string().min(1).max(100),
    grade: gradeSchema,
    /** When it was graded, by the device's clock (corrected by sentAt when that clock is off). */
    reviewedAt: z.iso.datetime({ offset: true, error: "reviewedAt must be an ISO 8601 date-time" }),
    durationMs: durationMsSchema,
  })
  .strict()
  .meta({ id: "OfflineReview" });
export type OfflineReview = z.infer<typeof offlineReviewSchema>;

export const syncInputSchema = z
  .object({
    /** The learner these reviews were made by: a device shared by two accounts never syncs one's reviews into the other's. */
    userId: z.string().min(1).max(100),
    /** The device's clock when it sent this batch: a clock more than 5 minutes off the server's is corrected by the difference. */
    sentAt: z.iso.datetime({ offset: true, error: "sentAt must be an ISO 8601 date-time" }),
    reviews: z
      .array(offlineReviewSchema)
      .min(1, "Send at least one review")
      .max(SYNC_MAX_REVIEWS, `At most ${SYNC_MAX_REVIEWS} reviews per request`),
  })
  .strict()
  .meta({ id: "SyncInput" });
export type SyncInput = z.infer<typeof syncInputSchema>;

export const reviewInputSchema = z
  .object({
    clientRequestId: clientRequestIdSchema,
    questionId: z.string().min(1).max(100),
    grade: gradeSchema,
    /** The version of the card state the client read (0 for a new card). */
    expectedVersion: z.number().int().min(0),
    /** The learner's answer, re-graded on the server: a wrong answer allows grades 0–2 only. */
    answer: z.unknown().optional(),
    durationMs: durationMsSchema,
  })
  .strict()
  .meta({ id: "ReviewInput" });
export type ReviewInput = z.infer<typeof reviewInputSchema>;

export const cardStateSchema = z
  .object({
    questionId: z.string(),
    isNew: z.boolean(),
    repetitions: z.number().int(),
    easiness: z.number(),
    intervalDays: z.number().int(),
    dueAt: z.string().nullable(),
    lapses: z.number().int(),
    version: z.number().int(),
    lastReviewedAt: z.string().nullable(),
  })
  .meta({ id: "CardState" });
export type CardState = z.infer<typeof cardStateSchema>;

/** What one grade would do to a card: the due date it sets, and whether the card comes back this session. */
export const gradePreviewSchema = z
  .object({ grade: z.number().int().min(0).max(5), dueAt: z.string(), again: z.boolean() })
  .meta({ id: "GradePreview" });
export type GradePreview = z.infer<typeof gradePreviewSchema>;

/** One card of today's study queue, as the server builds it and the study session shows it. */
export const queueCardSchema = z.object({
  kind: z.enum(["due", "new", "drill"]),
  question: publicQuestionSchema,
  state: cardStateSchema,
  /** One entry per grade 0–5, computed by the learner's active scheduler. */
  next: z.array(gradePreviewSchema),
});
export type QueueCard = z.infer<typeof queueCardSchema>;

export const queueCountsSchema = z.object({
  due: z.number(),
  new: z.number(),
  drill: z.number(),
  doneToday: z.number(),
  newToday: z.number(),
  remainingToday: z.number(),
});

/** Today's grades so far, from the review log (undone grades left out), so a reload loses nothing. */
export const todaySummarySchema = z
  .object({
    reviewed: z.number().int(),
    /** Answers checked (flashcards and "show answer" aside), and how many of them were right. */
    answered: z.number().int(),
    answeredRight: z.number().int(),
    /** How many times each grade 0–5 was given today. */
    grades: z.array(z.number().int()).length(6),
    firstReviewAt: z.string().nullable(),
    lastReviewAt: z.string().nullable(),
  })
  .meta({ id: "TodaySummary" });
export type TodaySummary = z.infer<typeof todaySummarySchema>;

export const studyQueueSchema = z
  .object({
    studyDay: z.string(),
    counts: queueCountsSchema,
    today: todaySummarySchema,
    cards: z.array(queueCardSchema),
    /** Sanitized HTML of the cards' Markdown (prompts, options, items, cloze text), by text. */
    markdown: markdownHtmlSchema.optional(),
  })
  .meta({ id: "StudyQueue" });
export type StudyQueue = z.infer<typeof studyQueueSchema>;

export const reviewResultSchema = z
  .object({
    review: z.object({
      id: z.string(),
      grade: z.number().int(),
      correct: z.boolean().nullable(),
      drill: z.boolean(),
      reviewedAt: z.string(),
    }),
    state: cardStateSchema,
    /** True when this clientRequestId was already recorded: the first result is returned again. */
    replayed: z.boolean(),
    /** One entry per grade 0–5 for the card as this review left it, should it come back this session. */
    next: z.array(gradePreviewSchema),
  })
  .meta({ id: "ReviewResult" });
export type ReviewResult = z.infer<typeof reviewResultSchema>;

export const syncResultSchema = z
  .object({
    /** One per review sent, in the order sent: applied (logged now), duplicate (logged before: nothing changed) or rejected. */
    results: z.array(
      z.object({
        clientRequestId: z.string(),
        status: z.enum(["applied", "duplicate", "rejected"]),
        /** Why a review was rejected (the device should drop it: sending it again cannot succeed). */
        reason: z.string().optional(),
      }),
    ),
    /** The state of every card the batch touched, after the replay of its log. */
    states: z.array(cardStateSchema),
  })
  .meta({ id: "SyncResult" });
export type SyncResult = z.infer<typeof syncResultSchema>;

export const offlinePackInputSchema = z
  .object({ questionIds: z.array(z.string().min(1).max(100)).min(1).max(200, "At most 200 cards per request") })
  .strict()
  .meta({ id: "OfflinePackInput" });

/** For each card, what its reveal shows (the check route's solution and explanation), kept on the device for offline study. */
export const offlinePackSchema = z
  .object({
    cards: z.array(z.object({ questionId: z.string(), solution: solutionSchema, explanation: z.string() })),
  })
  .meta({ id: "OfflinePack" });
export type OfflinePack = z.infer<typeof offlinePackSchema>;

export const undoResultSchema = z
  .object({
    undone: z.object({ id: z.string(), questionId: z.string(), grade: z.number().int(), drill: z.boolean() }),
    state: cardStateSchema,
  })
  .meta({ id: "UndoResult" });
export type UndoResult = z.infer<typeof undoResultSchema>;

const dayCount = z.object({ day: z.string(), count: z.number().int() });
export const progressSchema = z
  .object({
    today: z.string(),
    streak: z.number().int(),
    totalReviews: z.number().int(),
    /** Reviews per study day, last 365 days (days without reviews left out). */
    heatmap: z.array(dayCount),
    /** Cards due per study day for the next 30 days; overdue cards count today. */
    forecast: z.array(dayCount),
    /** Share of scheduled reviews graded 3 or more, per week (Monday start), last 12 weeks. */
    retention: z.array(
      z.object({ week: z.string(), reviews: z.number().int(), retained: z.number().int(), rate: z.number() }),
    ),
    stages: z.object({
      new: z.number().int(),
      learning: z.number().int(),
      young: z.number().int(),
      mature: z.number().int(),
    }),
  })
  .meta({ id: "Progress" });
export type Progress = z.infer<typeof progressSchema>;
export type DayCount = z.infer<typeof dayCount>;

export const settingsInputSchema = z
  .object({
    timeZone: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .refine((tz) => {
        try {
          new Intl.DateTimeFormat("en-US", { timeZone: tz });
          return true;
        } catch {
          return false;
        }
      }, "Unknown time zone (use an IANA name such as Europe/Berlin)"),
    newCardsPerDay: z.number().int("Use a whole number").min(0, "Use 0 or more").max(1000, "At most 1000"),
    reviewsPerDay: z.number().int("Use a whole number").min(1, "At least 1").max(10000, "At most 10000"),
    name: z.string().trim().min(1, "Enter your name").max(80),
  })
  .partial()
  .strict()
  .meta({ id: "SettingsInput" });
export type SettingsInput = z.infer<typeof settingsInputSchema>;

export const schedulerNameSchema = z.enum(["SM2", "FSRS"], { error: "scheduler must be SM2 or FSRS" });

/** PUT /api/v1/me/scheduler: which scheduler sets due dates, FSRS's target retention, and whether to reschedule now. */
export const schedulerInputSchema = z
  .object({
    scheduler: schedulerNameSchema,
    desiredRetention: z
      .number({ error: "desiredRetention must be a number from 0.70 to 0.97" })
      .min(0.7, "desiredRetention must be from 0.70 to 0.97")
      .max(0.97, "desiredRetention must be from 0.70 to 0.97")
      .optional(),
    /** Move every card's due date to the new scheduler's now (default: keep today's due dates). */
    reschedule: z.boolean({ error: "reschedule must be true or false" }).optional(),
  })
  .strict()
  .meta({ id: "SchedulerInput" });
export type SchedulerInput = z.infer<typeof schedulerInputSchema>;

export const schedulerSettingsSchema = z
  .object({
    scheduler: schedulerNameSchema,
    desiredRetention: z.number(),
    /** The FSRS weights in use: the learner's newest adopted fit, or the defaults (fitted false). */
    model: z.object({
      fitted: z.boolean(),
      reviewCount: z.number().int().nullable(),
      fittedAt: z.string().nullable(),
    }),
  })
  .meta({ id: "SchedulerSettings" });
export type SchedulerSettings = z.infer<typeof schedulerSettingsSchema>;

export const schedulerSwitchResultSchema = schedulerSettingsSchema
  .extend({
    /** Cards whose FSRS memory state was recomputed from their review log. */
    replayed: z.number().int(),
    /** Cards whose due date moved. */
    rescheduled: z.number().int(),
  })
  .meta({ id: "SchedulerSwitchResult" });
export type SchedulerSwitchResult = z.infer<typeof schedulerSwitchResultSchema>;
