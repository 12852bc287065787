import Link from "next/link";
import { Fragment } from "react";

/** "Decks / 4.1 Linux containers": links to the pages above, then the current page. */
export function Breadcrumbs({ trail, current }: { trail: { href: string; label: string }[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      {trail.map((t) => (
        <Fragment key={t.href}>
          <Link href={t.href} className="underline">
            {t.label}
          </Link>
          {" / "}
        </Fragment>
      ))}
      <span aria-current="page">{current}</span>
    </nav>
  );
}
