import type { ReactNode } from "react";

/** A page section named by its own heading (`aria-labelledby`), visible or for screen readers only. */
export function TitledSection({
  id,
  title,
  hideTitle = false,
  className = "flex flex-col gap-2",
  children,
}: {
  id: string;
  title: string;
  hideTitle?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={hideTitle ? "sr-only" : "text-lg font-semibold"}>
        {title}
      </h2>
      {children}
    </section>
  );
}
