import {
  accountMessageSchema,
  changePasswordSchema,
  forgotPasswordSchema,
  resetPasswordSchema,
  signUpSchema,
  userDtoSchema,
} from "@/lib/auth/schemas";
import { fitJobSchema, fsrsModelStatusSchema } from "@/lib/srs/fsrs-model-schemas";
import { onboardingInputSchema, onboardingResultSchema } from "@/lib/onboarding/schemas";
import {
  schedulerInputSchema,
  schedulerSettingsSchema,
  schedulerSwitchResultSchema,
  settingsInputSchema,
} from "@/lib/srs/schemas";
import { endpointGroup } from "../endpoint";

const tag = "Account";
const publicEp = endpointGroup({ tag, access: "public" });
const meEp = endpointGroup({ tag, access: "user" });

export const signUp = publicEp({
  method: "POST",
  path: "/api/v1/auth/sign-up",
  summary: "Create a learner account (then sign in through /api/auth/callback/credentials)",
  body: signUpSchema,
  response: userDtoSchema,
  status: 201,
  errors: [409, 429],
});

export const getMe = meEp({
  method: "GET",
  path: "/api/v1/me",
  summary: "The signed-in user",
  response: userDtoSchema,
});

export const updateSettingsEp = meEp({
  method: "PATCH",
  path: "/api/v1/me",
  summary: "Update your name, time zone and daily limits",
  body: settingsInputSchema,
  response: userDtoSchema,
});

export const changePasswordEp = meEp({
  method: "POST",
  path: "/api/v1/me/password",
  summary: "Change your password; ends every other session and re-issues this browser's session cookie",
  body: changePasswordSchema,
  response: accountMessageSchema,
  errors: [409],
});

export const signOutEverywhereEp = meEp({
  method: "POST",
  path: "/api/v1/me/sign-out-everywhere",
  summary: "End every session of your account, on every device (this one too)",
  response: accountMessageSchema,
});

export const requestPasswordResetEp = publicEp({
  method: "POST",
  path: "/api/v1/auth/password-reset",
  summary: "Mail a single-use password-reset link (the same answer whether or not the email has an account)",
  body: forgotPasswordSchema,
  response: accountMessageSchema,
  status: 202,
  errors: [429],
});

export const resetPasswordEp = publicEp({
  method: "POST",
  path: "/api/v1/auth/password-reset/confirm",
  summary: "Set a new password with a reset token; ends every session",
  body: resetPasswordSchema,
  response: accountMessageSchema,
});

export const completeOnboardingEp = meEp({
  method: "POST",
  path: "/api/v1/me/onboarding",
  summary: "Finish the first-sign-in welcome: enrol in the chosen decks, set time zone and new cards per day",
  body: onboardingInputSchema,
  response: onboardingResultSchema,
});

export const getSchedulerEp = meEp({
  method: "GET",
  path: "/api/v1/me/scheduler",
  summary: "Your scheduler (SM-2 or FSRS), FSRS's desired retention and the FSRS model in use",
  response: schedulerSettingsSchema,
});

export const switchSchedulerEp = meEp({
  method: "PUT",
  path: "/api/v1/me/scheduler",
  summary:
    "Choose SM-2 or FSRS (and FSRS's desired retention); FSRS memory states are replayed from your log, and due dates kept unless reschedule is true",
  body: schedulerInputSchema,
  response: schedulerSwitchResultSchema,
});

export const requestFsrsFitEp = meEp({
  method: "POST",
  path: "/api/v1/me/fsrs/fit",
  summary: "Queue a refit of your FSRS parameters; while one is queued or running, that job is returned",
  response: fitJobSchema,
  status: 202,
});

export const getFsrsModelEp = meEp({
  method: "GET",
  path: "/api/v1/me/fsrs/model",
  summary: "The FSRS parameters in use and the latest fit attempt (adopted or not, why, and its held-out metrics)",
  response: fsrsModelStatusSchema,
});
