import { matchesAccepted } from "@/lib/questions/normalise";
import { answerSchemas } from "@/lib/questions/schemas";
import type { PublicView, Solution } from "@/lib/questions/types";
import { cellClass, labelClass, Mark, NO_ANSWER, tableClass, withUnit } from "./shared";

const Accepted = ({ list }: { list: string[] }) => (
  <span>
    {list.map((a, i) => (
      <span key={a}>
        {i > 0 && <span aria-hidden="true"> · </span>}
        <code className="rounded bg-slate-100 px-1 font-mono text-[0.9em] dark:bg-slate-800">{a}</code>
        {i < list.length - 1 && <span className="sr-only">, </span>}
      </span>
    ))}
  </span>
);

export function ShortReview({ answer, solution }: { answer: unknown; solution: Extract<Solution, { type: "short" }> }) {
  const text = answerSchemas.short.safeParse(answer).data?.text;
  const ok = text !== undefined && matchesAccepted(text, solution.accepted, solution.caseSensitive);
  return (
    <div className="flex flex-col gap-2">
      <p>
        <span className={labelClass}>Your answer: </span>
        {text?.trim() ? <Mark ok={ok}>{`${text.trim()} (${ok ? "correct" : "wrong"})`}</Mark> : NO_ANSWER}
      </p>
      <p>
        <span className={labelClass}>{solution.accepted.length > 1 ? "Accepted answers: " : "Correct answer: "}</span>
        <Accepted list={solution.accepted} />
        {solution.caseSensitive && <span className={labelClass}> (capitals matter)</span>}
      </p>
    </div>
  );
}

export function NumericReview({ answer, solution, correct }: { answer: unknown; solution: Extract<Solution, { type: "numeric" }>; correct: boolean | null }) {
  const given = answerSchemas.numeric.safeParse(answer).data?.value;
  const { value, tolerance, min, max, unit } = solution;
  const expected =
    value !== undefined
      ? `${withUnit(value, unit)}${tolerance ? ` (anything within ± ${tolerance} counts)` : ""}`
      : `any value from ${withUnit(min ?? 0, unit)} to ${withUnit(max ?? 0, unit)}`;
  return (
    <div className="flex flex-col gap-2">
      <p>
        <span className={labelClass}>Your answer: </span>
        {given === undefined ? NO_ANSWER : <Mark ok={!!correct}>{`${withUnit(given, unit)} (${correct ? "correct" : "wrong"})`}</Mark>}
      </p>
      <p>
        <span className={labelClass}>Correct answer: </span>
        <strong>{expected}</strong>
      </p>
    </div>
  );
}

export function ClozeReview({ view, answer, solution }: { view: Extract<PublicView, { type: "cloze" }>; answer: unknown; solution: Extract<Solution, { type: "cloze" }> }) {
  const given = answerSchemas.cloze.safeParse(answer).data?.blanks ?? [];
  return (
    <table className={tableClass}>
      <thead>
        <tr>
          <th scope="col" className={cellClass}>Blank</th>
          <th scope="col" className={cellClass}>Your answer</th>
          <th scope="col" className={cellClass}>Accepted</th>
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: view.blanks }, (_, i) => {
          const text = given[i]?.trim();
          const accepted = solution.accepted[i] ?? [];
          const ok = !!text && matchesAccepted(text, accepted, solution.caseSensitive?.[i]);
          return (
            <tr key={i}>
              <th scope="row" className={cellClass}>{i + 1}</th>
              <td className={cellClass}>{text ? <Mark ok={ok}>{`${text} (${ok ? "correct" : "wrong"})`}</Mark> : NO_ANSWER}</td>
              <td className={cellClass}>
                <Accepted list={accepted} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
