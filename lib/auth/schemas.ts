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

/** The sign-in error code (next-auth passes a thrown message through as ?error=). */
export const ACCOUNT_DISABLED = "AccountDisabled";

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "Enter your current password" })
      .min(1, "Enter your current password")
      .max(200, "Password must be at most 200 characters"),
    newPassword: passwordSchema,
  })
  .strict()
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ["newPassword"],
    error: "Choose a password different from the current one",
  })
  .meta({ id: "ChangePasswordInput" });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const forgotPasswordSchema = z.object({ email: emailSchema }).strict().meta({ id: "ForgotPasswordInput" });

export const resetPasswordSchema = z
  .object({
    token: z
      .string({ error: "The reset link has no token" })
      .trim()
      .min(1, "The reset link has no token")
      .max(200, "The reset token is not valid"),
    password: passwordSchema,
  })
  .strict()
  .meta({ id: "ResetPasswordInput" });
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export const accountMessageSchema = z.object({ message: z.string() }).meta({ id: "AccountMessage" });
