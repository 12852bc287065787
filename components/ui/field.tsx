import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

/**
 * The one form-field kit: a label, the control, an optional hint and the field's errors. The
 * hint and errors are tied to the control with aria-describedby, the control is aria-invalid
 * while it has errors, and the error line is an aria-live region that is always in the DOM so
 * that screen readers announce messages as they arrive.
 */
export const controlClass =
  "w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 aria-invalid:border-red-600 " +
  "dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:aria-invalid:border-red-400";

/** A field's errors, announced; `id` is what the control's aria-describedby points at. */
export function ErrorText({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <p id={id} aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
      {errors?.length ? errors.join(" ") : ""}
    </p>
  );
}

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  /** Classes of the wrapper (width, grid placement); the control keeps the kit's look. */
  className?: string;
}

/** The control's id: given, or `field-<name>` (the sign-in/sign-up convention). */
function fieldId(id: string | undefined, name: string | undefined): string {
  const resolved = id ?? (name ? `field-${name}` : undefined);
  if (!resolved) throw new Error("A form field needs an id or a name");
  return resolved;
}

function a11y(id: string, hint: ReactNode, errors: string[] | undefined) {
  const describedBy =
    [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return { id, "aria-invalid": errors?.length ? true : undefined, "aria-describedby": describedBy } as const;
}

function FieldFrame({
  id,
  label,
  hint,
  errors,
  className = "",
  children,
}: FieldProps & { id: string; children: ReactNode }) {
  return (
    <div className={`flex flex-col gap-1 ${className}`.trim()}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
      <ErrorText id={`${id}-error`} errors={errors} />
    </div>
  );
}

type Without<T> = Omit<T, keyof FieldProps>;

export function TextField({
  label,
  hint,
  errors,
  className,
  ...props
}: Without<InputHTMLAttributes<HTMLInputElement>> & FieldProps) {
  const id = fieldId(props.id, props.name);
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} className={className}>
      <input {...props} {...a11y(id, hint, errors)} className={controlClass} />
    </FieldFrame>
  );
}

export function TextAreaField({
  label,
  hint,
  errors,
  className,
  ...props
}: Without<TextareaHTMLAttributes<HTMLTextAreaElement>> & FieldProps) {
  const id = fieldId(props.id, props.name);
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} className={className}>
      <textarea rows={3} {...props} {...a11y(id, hint, errors)} className={`${controlClass} font-mono text-sm`} />
    </FieldFrame>
  );
}

export function SelectField({
  label,
  hint,
  errors,
  className,
  children,
  ...props
}: Without<SelectHTMLAttributes<HTMLSelectElement>> & FieldProps) {
  const id = fieldId(props.id, props.name);
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors} className={className}>
      <select {...props} {...a11y(id, hint, errors)} className={controlClass}>
        {children}
      </select>
    </FieldFrame>
  );
}

/** What the server requires of a new password (lib/auth/schemas.ts), said under the field. */
export const NEW_PASSWORD_HINT = "At least 10 characters.";

/** A required password field; `current` asks the browser for the saved password instead of a new one. */
export function PasswordField({
  current = false,
  ...props
}: Omit<Without<InputHTMLAttributes<HTMLInputElement>>, "type" | "autoComplete"> & FieldProps & { current?: boolean }) {
  return <TextField type="password" autoComplete={current ? "current-password" : "new-password"} required {...props} />;
}
