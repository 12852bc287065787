import { AUDIT_ACTION_LABELS, describeChange } from "@/lib/audit/format";
import type { AuditEntryDto } from "@/lib/audit/schemas";
import { TableHead } from "@/components/ui/table-head";

// Date and time on their own lines, so the column stays narrow on a phone.
const when = (iso: string) => (
  <>
    <span className="block">{iso.slice(0, 10)}</span>
    <span className="block">{iso.slice(11, 19)} UTC</span>
  </>
);

/** The audit log, newest first: when, who, what, on which target, and what changed. */
export function AuditTable({ entries }: { entries: AuditEntryDto[] }) {
  if (entries.length === 0) return <p className="text-sm">No entries match.</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Audit log, newest first</caption>
        <TableHead headers={["When", "Who", "What", "Change"]} />
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-b border-slate-200 align-top dark:border-slate-800">
              <td className="px-2 py-2 whitespace-nowrap">
                <time dateTime={e.createdAt}>{when(e.createdAt)}</time>
              </td>
              <td className="min-w-[9rem] px-2 py-2 break-all">{e.actor.email ?? e.actor.id}</td>
              <td className="min-w-[9rem] px-2 py-2">
                <p>{AUDIT_ACTION_LABELS[e.action]}</p>
                <p className="text-xs break-all text-slate-600 dark:text-slate-400">
                  {e.targetType} {e.targetId}
                </p>
              </td>
              <td className="min-w-[16rem] px-2 py-2">
                <ul className="flex flex-col gap-0.5 font-mono text-xs break-all">
                  {describeChange(e.before, e.after).map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
