"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { ConfirmDialog } from "@/components/admin/confirm-dialog";
import { StatusAlert } from "@/components/ui/alert";
import { Button, SubmitButton } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { formText } from "@/components/ui/form-text";
import { TableHead } from "@/components/ui/table-head";
import { useApiForm } from "@/components/ui/use-api-form";
import { createLtiPlatformEp, deleteLtiPlatformEp, updateLtiPlatformEp } from "@/lib/api/routes";
import { api, apiMessage } from "@/lib/api/client";
import type { PlatformDto, PlatformInput } from "@/lib/lti/schemas";

/** The form's fields in order: the API's name, the label (the LMS's own words in the hint). */
const FIELDS = [
  { name: "name", label: "Name", hint: "Shown to admins only, e.g. “Moodle (main campus)”." },
  { name: "issuer", label: "Issuer", hint: "Moodle: Platform ID. Canvas: https://canvas.instructure.com." },
  { name: "clientId", label: "Client ID", hint: "The id the LMS gave Layerwise's registration." },
  { name: "deploymentIds", label: "Deployment IDs", hint: "One per line." },
  { name: "authLoginUrl", label: "Authentication request URL", hint: "Moodle: …/mod/lti/auth.php." },
  { name: "tokenUrl", label: "Access token URL", hint: "Moodle: …/mod/lti/token.php." },
  { name: "jwksUrl", label: "Public keyset URL", hint: "Moodle: …/mod/lti/certs.php." },
  {
    name: "tokenAudience",
    label: "Token audience (optional)",
    hint: "Only when the LMS asks for one; else the access token URL.",
  },
  {
    name: "allowedOrigin",
    label: "Frame origin (optional)",
    hint: "The origin allowed to show Layerwise in an iframe; blank: the authentication request URL's origin.",
  },
] as const;
type FieldName = (typeof FIELDS)[number]["name"];
const LABEL = Object.fromEntries(FIELDS.map((f) => [f.name, f.label])) as Record<FieldName, string>;

function valueOf(p: PlatformDto | null, name: FieldName): string {
  if (!p) return "";
  if (name === "deploymentIds") return p.deploymentIds.join("\n");
  return p[name] ?? "";
}

function bodyOf(form: FormData): PlatformInput {
  const optional = (name: FieldName) => formText(form, name).trim() || undefined;
  return {
    name: formText(form, "name"),
    issuer: formText(form, "issuer"),
    clientId: formText(form, "clientId"),
    deploymentIds: formText(form, "deploymentIds")
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean),
    authLoginUrl: formText(form, "authLoginUrl").trim(),
    tokenUrl: formText(form, "tokenUrl").trim(),
    jwksUrl: formText(form, "jwksUrl").trim(),
    tokenAudience: optional("tokenAudience"),
    allowedOrigin: optional("allowedOrigin"),
  };
}

/** The API's field errors by form field: "deploymentIds.2" belongs to the deployment ids box. */
function byField(fields: Partial<Record<string, string[]>>): Partial<Record<FieldName, string[]>> {
  const out: Partial<Record<FieldName, string[]>> = {};
  for (const [key, messages] of Object.entries(fields)) {
    const name = key.split(".")[0] as FieldName;
    if (name in LABEL) out[name] = [...(out[name] ?? []), ...(messages ?? [])];
  }
  return out;
}

/**
 * The registered platforms with Edit and Delete, and one form that registers a platform or
 * edits the chosen one. Errors stand under the field they are about (aria-describedby), and the
 * status line names those fields; deleting asks first, naming the platform.
 */
export function LtiPlatforms({ platforms }: { platforms: PlatformDto[] }) {
  const router = useRouter();
  const [rows, setRows] = useState(platforms);
  const [editing, setEditing] = useState<PlatformDto | null>(null);
  const [deleting, setDeleting] = useState<PlatformDto | null>(null);
  const { fields, setFields, status, setStatus, pending, submit } = useApiForm();
  const formRef = useRef<HTMLFormElement>(null);
  const errors = byField(fields);
  // Where the keyboard goes after the next render: the form's first field (Edit, Cancel) or
  // its first invalid one (a refused save).
  const focusNext = useRef<"first" | "invalid" | null>(null);
  useEffect(() => {
    const target = focusNext.current;
    if (!target || pending) return;
    focusNext.current = null;
    const el = formRef.current?.querySelector<HTMLElement>(target === "first" ? "[name=name]" : "[aria-invalid=true]");
    el?.focus();
    el?.scrollIntoView({ block: "center" });
  });

  function startEdit(p: PlatformDto | null) {
    setEditing(p);
    setFields({});
    setStatus(null);
    focusNext.current = "first";
  }

  async function onSubmit(e: React.SubmitEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const body = bodyOf(new FormData(formEl));
    const saved = editing
      ? await submit(updateLtiPlatformEp, { params: { platformId: editing.id }, body }, "Could not save the platform.")
      : await submit(createLtiPlatformEp, { body }, "Could not register the platform.");
    if (!saved) {
      focusNext.current = "invalid";
      return;
    }
    setRows((rs) => (editing ? rs.map((r) => (r.id === saved.id ? saved : r)) : [...rs, saved]));
    setEditing(null);
    formEl.reset();
    setStatus({ kind: "success", text: `${saved.name}: ${editing ? "saved" : "registered"}.` });
    router.refresh();
  }

  async function confirmedDelete() {
    const p = deleting;
    setDeleting(null);
    if (!p) return;
    try {
      await api(deleteLtiPlatformEp, { params: { platformId: p.id } });
      setRows((rs) => rs.filter((r) => r.id !== p.id));
      if (editing?.id === p.id) setEditing(null);
      setStatus({ kind: "success", text: `${p.name}: deleted.` });
      router.refresh();
    } catch (err) {
      setStatus({ kind: "error", text: `${p.name}: ${apiMessage(err, "could not delete the platform.")}` });
    }
  }

  const invalid = FIELDS.filter((f) => errors[f.name]?.length).map((f) => f.label);
  const shown =
    status?.kind === "error" && invalid.length
      ? { ...status, text: `${status.text} Check: ${invalid.join(", ")}.` }
      : status;

  return (
    <div className="flex flex-col gap-6">
      <StatusAlert status={shown} />
      <section aria-labelledby="platforms-heading" className="flex flex-col gap-2">
        <h2 id="platforms-heading" className="text-lg font-semibold">
          Registered platforms
        </h2>
        {rows.length === 0 ? (
          <p className="text-sm">No platform is registered yet.</p>
        ) : (
          <div className="relative overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <caption className="sr-only">Registered LTI platforms</caption>
              <TableHead headers={["Platform", "Client ID", "Deployments", "Frame origin", { hidden: "Actions" }]} />
              <tbody>
                {rows.map((p) => (
                  <tr key={p.id} className="border-b border-slate-200 dark:border-slate-800">
                    <td className="px-2 py-2">
                      <p className="font-medium">{p.name}</p>
                      <p className="text-xs break-all text-slate-600 dark:text-slate-400">{p.issuer}</p>
                    </td>
                    <td className="px-2 py-2 break-all">{p.clientId}</td>
                    <td className="px-2 py-2 break-all">{p.deploymentIds.join(", ")}</td>
                    <td className="px-2 py-2 break-all">{p.allowedOrigin}</td>
                    <td className="px-2 py-2 text-right whitespace-nowrap">
                      <Button
                        type="button"
                        variant="secondary"
                        className="mr-2 px-3 py-1"
                        onClick={() => startEdit(p)}
                        aria-label={`Edit ${p.name}`}
                      >
                        Edit
                      </Button>
                      <Button
                        type="button"
                        variant="danger"
                        className="px-3 py-1"
                        onClick={() => setDeleting(p)}
                        aria-label={`Delete ${p.name}`}
                      >
                        Delete
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="platform-form-heading" className="flex flex-col gap-4">
        <h2 id="platform-form-heading" className="text-lg font-semibold">
          {editing ? `Edit ${editing.name}` : "Register a platform"}
        </h2>
        <form
          ref={formRef}
          key={editing?.id ?? "new"}
          onSubmit={onSubmit}
          className="grid gap-4 sm:grid-cols-2"
          noValidate
          aria-labelledby="platform-form-heading"
        >
          {FIELDS.map((f) =>
            f.name === "deploymentIds" ? (
              <TextAreaField
                key={f.name}
                id={`lti-${f.name}`}
                name={f.name}
                label={f.label}
                hint={f.hint}
                errors={errors[f.name]}
                defaultValue={valueOf(editing, f.name)}
                required
              />
            ) : (
              <TextField
                key={f.name}
                id={`lti-${f.name}`}
                name={f.name}
                label={f.label}
                hint={f.hint}
                errors={errors[f.name]}
                defaultValue={valueOf(editing, f.name)}
                type={f.name.endsWith("Url") || f.name === "allowedOrigin" ? "url" : "text"}
                required={!f.label.endsWith("(optional)")}
              />
            ),
          )}
          <div className="flex flex-wrap gap-2 sm:col-span-2">
            <SubmitButton pending={pending} pendingLabel="Saving…">
              {editing ? "Save changes" : "Register platform"}
            </SubmitButton>
            {editing && (
              <Button type="button" variant="secondary" onClick={() => startEdit(null)}>
                Cancel editing
              </Button>
            )}
          </div>
        </form>
      </section>
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this platform?"
        confirmLabel="Delete platform"
        danger
        onConfirm={() => void confirmedDelete()}
        onCancel={() => setDeleting(null)}
      >
        <p>
          Delete <strong>{deleting?.name}</strong>? Its courses can no longer launch Layerwise, and the links and LTI
          identities made through it go. The Layerwise accounts and their attempts stay.
        </p>
      </ConfirmDialog>
    </div>
  );
}
