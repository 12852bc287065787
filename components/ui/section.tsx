import type { ReactNode } from "react";

/** A page section named by its h2 (aria-labelledby), so screen readers list it as a region. */
export function Section({
  id,
  title,
  size = "xl",
  className = "flex flex-col gap-3",
  children,
}: {
  /** The heading's id. */
  id: string;
  title: ReactNode;
  size?: "lg" | "xl";
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={size === "lg" ? "text-lg font-semibold" : "text-xl font-semibold"}>
        {title}
      </h2>
      {children}
    </section>
  );
}
