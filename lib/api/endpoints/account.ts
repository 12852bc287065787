import { z } from "zod";
import { signUpSchema, userDtoSchema } from "@/lib/auth/schemas";
import { settingsInputSchema } from "@/lib/srs/schemas";
import { endpoint } from "../endpoint";

export const signUp = endpoint({
  method: "POST",
  path: "/api/v1/auth/sign-up",
  summary: "Create a learner account (then sign in through /api/auth/callback/credentials)",
  tag: "Account",
  access: "public",
  body: signUpSchema,
  response: userDtoSchema,
  status: 201,
  errors: [409, 429],
});

export const getMe = endpoint({
  method: "GET",
  path: "/api/v1/me",
  summary: "The signed-in user",
  tag: "Account",
  access: "user",
  response: userDtoSchema,
});

export const updateSettingsEp = endpoint({
  method: "PATCH",
  path: "/api/v1/me",
  summary: "Update your name, time zone and daily limits",
  tag: "Account",
  access: "user",
  body: settingsInputSchema,
  response: userDtoSchema,
});

export const healthResponseSchema = z
  .object({ status: z.enum(["ok", "degraded"]), app: z.literal("ok"), database: z.enum(["ok", "down"]), time: z.string() })
  .meta({ id: "Health" });
