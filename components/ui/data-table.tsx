import type { ReactNode } from "react";

export interface Column<Row> {
  /** Header text; "" leaves the header cell empty (e.g. a column of links). */
  header: string;
  cell: (row: Row) => ReactNode;
}

/**
 * The plain listing table: a header row, then one bordered row per item; the last column has no
 * right padding. A table wider than a phone scrolls inside its own box, never the page.
 */
export function DataTable<Row extends { id: string }>({ columns, rows }: { columns: Column<Row>[]; rows: Row[] }) {
  const pad = (i: number) => (i === columns.length - 1 ? "py-1" : "py-1 pr-4");
  return (
    <div className="relative max-w-full overflow-x-auto">
      <table className="text-sm">
        <thead>
          <tr className="text-left">
            {columns.map((c, i) => (
              <th key={i} className={pad(i)}>
                {c.header || null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-slate-200 dark:border-slate-800">
              {columns.map((c, i) => (
                <td key={i} className={pad(i)}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
