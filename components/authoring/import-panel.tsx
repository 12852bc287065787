"use client";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { plainText } from "@/lib/markdown/plain-text";
import { Alert } from "@/components/ui/alert";
import { Button, FILE_INPUT_CLASS } from "@/components/ui/button";
import { IMPORT_MAX_BYTES, importProblemsOf, type ImportFormat } from "@/lib/authoring/import-limits";
import type { ImportPreviewDto, ImportProblem } from "@/lib/authoring/schemas";
import { QUESTION_TYPE_LABELS } from "@/lib/questions/question-types";
import { ApiError, api } from "@/lib/api/client";
import { importDeckEp } from "@/lib/api/routes";
import { SelectField } from "@/components/ui/field";

type State =
  | { kind: "idle" }
  | { kind: "preview"; preview: ImportPreviewDto; text: string; format: ImportFormat; name: string }
  | { kind: "errors"; problems: ImportProblem[]; message: string; name: string }
  | { kind: "done"; count: number; name: string };

function formatOf(choice: string, name: string): ImportFormat {
  if (choice === "gift" || choice === "json") return choice;
  return name.toLowerCase().endsWith(".json") ? "json" : "gift";
}

/**
 * Upload a GIFT or JSON file: a dry run first lists what will be created (or every problem
 * with its line), then Confirm imports it all at once.
 */
export function ImportPanel({ deckId }: { deckId: string }) {
  const router = useRouter();
  const id = useId().replace(/[^\w-]/g, "");
  const fileRef = useRef<HTMLInputElement>(null);
  const [formatChoice, setFormatChoice] = useState("auto");
  const [state, setState] = useState<State>({ kind: "idle" });
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const send = (text: string, format: ImportFormat, dryRun: boolean) =>
    api(importDeckEp, {
      params: { deckId },
      query: { format, ...(dryRun ? { dryRun: "true" } : {}) },
      rawBody: { contentType: format === "json" ? "application/json" : "text/plain", text },
    });

  async function preview(e: React.SubmitEvent) {
    e.preventDefault();
    setError(null);
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setError("Choose a GIFT or JSON file first.");
      return;
    }
    if (file.size > IMPORT_MAX_BYTES) {
      setError(
        `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MiB; the limit is 1 MiB. Split it into several files.`,
      );
      return;
    }
    const format = formatOf(formatChoice, file.name);
    setPending(true);
    try {
      const text = await file.text();
      const result = await send(text, format, true);
      setState({ kind: "preview", preview: result, text, format, name: file.name });
    } catch (err) {
      const problems = err instanceof ApiError ? importProblemsOf(err.details) : [];
      if (problems.length) setState({ kind: "errors", problems, message: (err as Error).message, name: file.name });
      else setError((err as Error).message);
    } finally {
      setPending(false);
    }
  }

  async function confirm() {
    if (state.kind !== "preview") return;
    setPending(true);
    setError(null);
    try {
      const result = await send(state.text, state.format, false);
      setState({ kind: "done", count: result.created, name: state.name });
      if (fileRef.current) fileRef.current.value = "";
      router.refresh();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <form onSubmit={preview} className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-file`} className="text-sm font-medium">
            Import file
          </label>
          <input
            ref={fileRef}
            id={`${id}-file`}
            type="file"
            accept=".gift,.txt,.json,text/plain,application/json"
            aria-describedby={`${id}-hint`}
            onChange={() => setState({ kind: "idle" })}
            className={FILE_INPUT_CLASS}
          />
        </div>
        <SelectField
          id={`${id}-format`}
          label="Format"
          value={formatChoice}
          onChange={(e) => setFormatChoice(e.target.value)}
        >
          <option value="auto">From the file name</option>
          <option value="gift">Moodle GIFT</option>
          <option value="json">Layerwise JSON</option>
        </SelectField>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending && state.kind !== "preview" ? "Checking…" : "Preview import"}
        </Button>
      </form>
      <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
        Moodle GIFT (.gift, .txt) or a Layerwise deck file (.json), at most 1 MiB. Questions are added at the end of the
        deck, all or none.
      </p>
      {error && <Alert>{error}</Alert>}
      <div aria-live="polite" className="flex flex-col gap-3">
        {state.kind === "preview" && (
          <section
            aria-labelledby={`${id}-preview`}
            className="rounded-md border border-slate-200 p-3 dark:border-slate-800"
          >
            <h3 id={`${id}-preview`} className="font-semibold">
              {state.preview.questions.length} question{state.preview.questions.length === 1 ? "" : "s"} will be added
              from {state.name}
            </h3>
            <ol className="my-2 list-decimal pl-6 text-sm">
              {state.preview.questions.map((q, i) => (
                <li key={i}>
                  <span className="font-medium">{QUESTION_TYPE_LABELS[q.type]}</span>
                  {q.section ? ` · § ${q.section}` : ""} — {plainText(q.prompt).slice(0, 120)}
                </li>
              ))}
            </ol>
            <div className="flex gap-2">
              <Button onClick={confirm} disabled={pending}>
                {pending ? "Importing…" : `Confirm import of ${state.preview.questions.length} questions`}
              </Button>
              <Button variant="ghost" onClick={() => setState({ kind: "idle" })} disabled={pending}>
                Cancel
              </Button>
            </div>
          </section>
        )}
        {state.kind === "errors" && (
          <div
            role="alert"
            className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
          >
            <p className="font-semibold">
              {state.name} was not imported: {state.problems.length} problem{state.problems.length === 1 ? "" : "s"}
            </p>
            <ul className="mt-1 list-disc pl-6">
              {state.problems.map((p, i) => (
                <li key={i}>
                  Line {p.line}: {p.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        {state.kind === "done" && (
          <Alert kind="success">
            Imported {state.count} question{state.count === 1 ? "" : "s"} from {state.name}.
          </Alert>
        )}
      </div>
    </div>
  );
}
