import { z } from "zod";
import { MAX_TAG_LENGTH, MAX_TAGS, TAG_RE, normaliseTag } from "./tag-text";

/**
 * Question tags: lower-case slugs like `namespaces` or `oci-runtime`. Input is normalised
 * (trimmed, lower-cased, spaces and underscores become dashes) before it is checked, so
 * "Kernel Namespaces" is stored as `kernel-namespaces`; anything else that is not a slug is
 * refused with the tag named. No server imports: the editor, import and API share it.
 */
export { MAX_TAG_LENGTH, MAX_TAGS, TAG_RE, normaliseTag, splitTagText } from "./tag-text";

export const tagSchema = z
  .string({ error: "A tag must be text" })
  .transform(normaliseTag)
  .pipe(
    z
      .string()
      .min(1, "A tag cannot be empty")
      .max(MAX_TAG_LENGTH, `A tag must be at most ${MAX_TAG_LENGTH} characters`)
      .regex(TAG_RE, "A tag may hold lowercase letters, digits and single dashes, like oci-runtime"),
  );

/** A question's tags: each normalised, duplicates dropped, in the order given. */
export const tagsSchema = z
  .array(tagSchema, { error: "tags must be a list of words" })
  .max(MAX_TAGS, `At most ${MAX_TAGS} tags`)
  .transform((tags) => [...new Set(tags)]);
