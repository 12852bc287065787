import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SchedulerSettings } from "@/components/account/scheduler-settings";
import { SignOutEverywhere } from "@/components/account/sign-out-everywhere";
import { SettingsForm } from "@/components/shell/settings-form";
import { requirePageUser } from "@/lib/auth/page-guards";
import { timeZoneOptions } from "@/lib/time-zones";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requirePageUser("/settings");
  return (
    <div className="mx-auto flex max-w-lg flex-col gap-6">
      <h1 className="text-2xl font-bold">Settings</h1>
      <SettingsForm
        zones={timeZoneOptions(user.timeZone)}
        initial={{
          name: user.name ?? "",
          timeZone: user.timeZone,
          newCardsPerDay: user.newCardsPerDay,
          reviewsPerDay: user.reviewsPerDay,
        }}
      />
      <SchedulerSettings />
      <ChangePasswordForm />
      <SignOutEverywhere />
    </div>
  );
}
