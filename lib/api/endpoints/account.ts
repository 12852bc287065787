import {
  accountMessageSchema,
  changePasswordSchema,
  forgotPasswordSchema,
  resetPasswordSchema,
  signUpSchema,
  userDtoSchema,
} from "@/lib/auth/schemas";
import { onboardingInputSchema, onboardingResultSchema } from "@/lib/onboarding/schemas";
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

export const changePasswordEp = endpoint({
  method: "POST",
  path: "/api/v1/me/password",
  summary: "Change your password; ends every other session and re-issues this browser's session cookie",
  tag: "Account",
  access: "user",
  body: changePasswordSchema,
  response: accountMessageSchema,
  errors: [409],
});

export const signOutEverywhereEp = endpoint({
  method: "POST",
  path: "/api/v1/me/sign-out-everywhere",
  summary: "End every session of your account, on every device (this one too)",
  tag: "Account",
  access: "user",
  response: accountMessageSchema,
});

export const requestPasswordResetEp = endpoint({
  method: "POST",
  path: "/api/v1/auth/password-reset",
  summary: "Mail a single-use password-reset link (the same answer whether or not the email has an account)",
  tag: "Account",
  access: "public",
  body: forgotPasswordSchema,
  response: accountMessageSchema,
  status: 202,
  errors: [429],
});

export const resetPasswordEp = endpoint({
  method: "POST",
  path: "/api/v1/auth/password-reset/confirm",
  summary: "Set a new password with a reset token; ends every session",
  tag: "Account",
  access: "public",
  body: resetPasswordSchema,
  response: accountMessageSchema,
});

export const completeOnboardingEp = endpoint({
  method: "POST",
  path: "/api/v1/me/onboarding",
  summary: "Finish the first-sign-in welcome: enrol in the chosen decks, set time zone and new cards per day",
  tag: "Account",
  access: "user",
  body: onboardingInputSchema,
  response: onboardingResultSchema,
});
