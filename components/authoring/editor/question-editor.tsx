"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { describePath } from "@/lib/decks/import-errors";
import type { FieldErrors } from "@/lib/errors";
import dynamic from "next/dynamic";
import { QUESTION_TYPE_LABELS, type QuestionType } from "@/lib/questions/question-types";
import type { StoredQuestion } from "@/lib/questions/types";
import { ApiError, api, type ApiBody } from "@/lib/api/client";
import { createQuestionEp, updateQuestionEp } from "@/lib/api/routes";
import { draftFromQuestion, emptyDraft, errorsUnder, inputOf, type Draft } from "./draft";
import { DraftField } from "./fields-shared";
import { loadEditorChecks, useEditorChecks } from "./use-checks";
import { TypeFields } from "./type-fields";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

// The preview grades with the real grader (zod schemas): its own chunk, loaded after the editor shows.
const LivePreview = dynamic(() => import("./live-preview").then((m) => m.LivePreview), {
  ssr: false,
  loading: () => <p className="text-sm text-slate-700 dark:text-slate-300">Loading the preview…</p>,
});

export type EditorProps =
  | { mode: "create"; deckId: string; deckTitle: string; type: QuestionType; section?: string }
  | {
      mode: "edit";
      deckId: string;
      deckTitle: string;
      question: StoredQuestion & { archived: boolean; tags?: string[]; quizOnly?: boolean };
    };

function label(key: string): string {
  if (key === "_") return "Question";
  const [root, ...rest] = key.split(".");
  if (root !== "payload") return root[0].toUpperCase() + root.slice(1);
  const words = describePath(rest.map((s) => (/^\d+$/.test(s) ? Number(s) : s)));
  return words ? words[0].toUpperCase() + words.slice(1) : "Answer";
}

/**
 * The question editor for every type: the common fields, the type's own fields and a live
 * preview. Errors come from the same zod schema the API uses, so what is accepted here is
 * what the server accepts; they show next to their fields after the first Save.
 */
export function QuestionEditor(props: EditorProps) {
  const router = useRouter();
  const [draft, setDraft] = useState<Draft>(() =>
    props.mode === "edit" ? draftFromQuestion(props.question) : emptyDraft(props.type, props.section ?? ""),
  );
  const [showErrors, setShowErrors] = useState(false);
  const [serverFields, setServerFields] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const checks = useEditorChecks();
  const clientFields = checks ? checks.validateDraft(draft) : {};
  const fields: FieldErrors = showErrors ? { ...serverFields, ...clientFields } : {};
  const errs = (key: string, exact = false) => errorsUnder(fields, key, exact);
  const problems = Object.entries(clientFields);
  const set = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setServerFields({});
  };
  const form = { d: draft, set, errs };

  async function save(e: React.SubmitEvent) {
    e.preventDefault();
    setShowErrors(true);
    setServerError(null);
    // Saved before the checks loaded: check now, so a save never skips them.
    const problemCount = checks ? problems.length : Object.keys((await loadEditorChecks()).validateDraft(draft)).length;
    if (problemCount) {
      document.getElementById("editor-problems")?.focus();
      return;
    }
    setPending(true);
    try {
      const body = inputOf(draft);
      // validateDraft checked this body against the create schema above; the server checks it again.
      if (props.mode === "create")
        await api(createQuestionEp, {
          params: { deckId: props.deckId },
          body: body as ApiBody<typeof createQuestionEp>,
        });
      else
        await api(updateQuestionEp, {
          params: { questionId: props.question.id },
          // Absent fields keep their stored values in a PATCH: clearing tags or quiz-only must say so.
          body: { ...body, section: body.section ?? null, tags: body.tags ?? [], quizOnly: body.quizOnly ?? false },
        });
      router.push(`/author/decks/${props.deckId}`);
      router.refresh();
    } catch (err) {
      setServerFields(err instanceof ApiError ? err.fields : {});
      setServerError((err as Error).message);
      setPending(false);
    }
  }

  const heading =
    props.mode === "create"
      ? `New ${QUESTION_TYPE_LABELS[draft.type].toLowerCase()} question`
      : `Edit ${QUESTION_TYPE_LABELS[draft.type].toLowerCase()} question`;
  return (
    <div className="flex flex-col gap-6">
      <Breadcrumbs
        trail={[
          { href: "/author", label: "Author" },
          { href: `/author/decks/${props.deckId}`, label: props.deckTitle },
        ]}
        current={props.mode === "create" ? "New question" : "Edit question"}
      />
      <h1 className="text-2xl font-bold">{heading}</h1>
      {props.mode === "edit" && props.question.archived && (
        <Alert kind="info">This question is archived: learners do not see it until you unarchive it.</Alert>
      )}
      <div className="grid gap-8 lg:grid-cols-2">
        <form onSubmit={save} noValidate className="flex flex-col gap-4" aria-label="Question">
          {serverError && <Alert>{serverError}</Alert>}
          <div id="editor-problems" tabIndex={-1} aria-live="polite" className="outline-none">
            {showErrors && problems.length > 0 && (
              <div className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
                <p className="font-semibold">
                  Fix {problems.length} problem{problems.length === 1 ? "" : "s"} before saving:
                </p>
                <ul className="list-disc pl-6">
                  {problems.map(([key, msgs]) => (
                    <li key={key}>
                      {label(key)}: {msgs.join(" ")}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
          <DraftField form={form} field="prompt" label="Prompt" hint="Markdown. What the learner reads." multiline />
          <TypeFields {...form} />
          <DraftField
            form={form}
            field="explanation"
            label="Explanation"
            hint="Markdown. Shown after answering: why the right answer is right."
            multiline
          />
          <DraftField
            form={form}
            field="section"
            label="Section"
            hint="The chapter section it cites, like 4.3.5."
            className="max-w-xs"
          />
          <DraftField
            form={form}
            field="tags"
            label="Tags"
            hint="Comma-separated, like namespaces, cgroups. A quiz can draw a pool by tag."
          />
          <label className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              className="mt-1"
              checked={draft.quizOnly}
              onChange={(e) => set({ quizOnly: e.target.checked })}
              aria-describedby="quiz-only-hint"
            />
            <span>
              Quiz only
              <span id="quiz-only-hint" className="block text-xs text-slate-600 dark:text-slate-400">
                Never studied or previewed by learners, so a quiz that never shows answers keeps its key.
              </span>
            </span>
          </label>
          {errs("type") && <Alert>{errs("type")!.join(" ")}</Alert>}
          <div className="flex gap-3">
            <Button type="submit" disabled={pending}>
              {pending ? "Saving…" : "Save question"}
            </Button>
            <Link href={`/author/decks/${props.deckId}`} className={buttonClass("ghost")}>
              Cancel
            </Link>
          </div>
        </form>
        <section
          aria-labelledby="preview-heading"
          className="flex flex-col gap-3 self-start rounded-lg border border-slate-200 p-4 lg:sticky lg:top-4 dark:border-slate-800"
        >
          <h2 id="preview-heading" className="text-lg font-semibold">
            Live preview
          </h2>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Exactly what learners get: try an answer, then Show answer.
          </p>
          <LivePreview input={inputOf(draft)} problemCount={problems.length} />
        </section>
      </div>
    </div>
  );
}
