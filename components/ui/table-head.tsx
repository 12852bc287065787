/**
 * The header row of a bordered full-width table, one column header per entry in order;
 * `{ hidden }` names a column for screen readers only (e.g. a column of buttons).
 */
export function TableHead({ headers }: { headers: (string | { hidden: string })[] }) {
  return (
    <thead>
      <tr className="border-b border-slate-300 text-left dark:border-slate-700">
        {headers.map((h, i) => (
          <th key={i} scope="col" className="px-2 py-2">
            {typeof h === "string" ? h : <span className="sr-only">{h.hidden}</span>}
          </th>
        ))}
      </tr>
    </thead>
  );
}
