import { z } from "zod";

/** The fields every deck DTO shares (learner and author views add their own). */
export const deckBaseShape = {
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  chapter: z.string().nullable(),
  version: z.number().int(),
};
