import { handle } from "@/lib/api/handler";
import { completeOnboardingEp } from "@/lib/api/endpoints/account";
import { completeOnboarding } from "@/lib/onboarding/complete";

export const POST = handle(completeOnboardingEp, ({ user, body }) => completeOnboarding(user.id, body));
