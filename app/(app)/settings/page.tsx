import type { Metadata } from "next";
import { ApkgImport } from "@/components/anki/apkg-import";
import { buttonClass } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { apiUrl } from "@/lib/api/client";
import { exportMyCardsApkgEp } from "@/lib/api/routes";
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
      <Section id="anki-heading" title="Anki" className="flex flex-col gap-2">
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Take the cards you study to Anki with your schedule and review history, or bring your Anki history back:
          reviews of cards that match questions you study here are replayed through your scheduler.
        </p>
        <a href={apiUrl(exportMyCardsApkgEp, {})} download className={buttonClass("secondary", "self-start")}>
          Download my cards (.apkg)
        </a>
        <ApkgImport target="history" />
      </Section>
      <ChangePasswordForm />
      <SignOutEverywhere />
    </div>
  );
}
