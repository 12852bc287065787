import { z } from "zod";

export const emailSchema = z
  .string({ error: "Enter your email address" })
  .trim()
  .toLowerCase()
  .max(254, "Email must be at most 254 characters")
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com" }));

export const passwordSchema = z
  .string({ error: "Enter a password" })
  .min(10, "Password must be at least 10 characters")
  .max(200, "Password must be at most 200 characters");

export const signUpSchema = z
  .object({
    name: z.string().trim().min(1, "Enter your name").max(80, "Name must be at most 80 characters"),
    email: emailSchema,
    password: passwordSchema,
  })
  .strict()
  .meta({ id: "SignUpInput" });
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({ email: emailSchema, password: z.string().min(1).max(200) });

export const ROLES = ["LEARNER", "INSTRUCTOR", "ADMIN"] as const;
export type RoleName = (typeof ROLES)[number];

export const userDtoSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string().nullable(),
    role: z.enum(ROLES),
    timeZone: z.string(),
    newCardsPerDay: z.number().int(),
    reviewsPerDay: z.number().int(),
  })
  .meta({ id: "User" });
export type UserDto = z.infer<typeof userDtoSchema>;
