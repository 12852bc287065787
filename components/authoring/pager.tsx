import Link from "next/link";

/** Page links for a long list: previous, a window of numbered pages around the current one, next. */
export function Pager({
  page,
  pageCount,
  href,
  label,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  label: string;
}) {
  if (pageCount <= 1) return null;
  const from = Math.max(1, Math.min(page - 3, pageCount - 6));
  const pages = Array.from({ length: Math.min(7, pageCount) }, (_, i) => from + i);
  const link = "rounded px-2 py-1 underline";
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-1 text-sm">
      {page > 1 && (
        <Link href={href(page - 1)} className={link}>
          Previous
        </Link>
      )}
      {pages[0] > 1 && (
        <Link href={href(1)} className={link}>
          1
        </Link>
      )}
      {pages[0] > 2 && <span aria-hidden="true">…</span>}
      {pages.map((p) =>
        p === page ? (
          <span key={p} aria-current="page" className="rounded bg-slate-200 px-2 py-1 font-semibold dark:bg-slate-800">
            {p}
          </span>
        ) : (
          <Link key={p} href={href(p)} className={link}>
            {p}
          </Link>
        ),
      )}
      {pages[pages.length - 1] < pageCount - 1 && <span aria-hidden="true">…</span>}
      {pages[pages.length - 1] < pageCount && (
        <Link href={href(pageCount)} className={link}>
          {pageCount}
        </Link>
      )}
      {page < pageCount && (
        <Link href={href(page + 1)} className={link}>
          Next
        </Link>
      )}
    </nav>
  );
}
