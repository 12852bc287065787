import type { ReactNode } from "react";

/** One labelled number in a `<dl>` of key figures (dashboard, progress). */
export function Stat({ label, value, testId }: { label: string; value: ReactNode; testId?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <dt className="text-sm text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className="text-3xl font-bold" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

/** "1 day", "3 days". */
export function days(n: number): string {
  return `${n} day${n === 1 ? "" : "s"}`;
}
