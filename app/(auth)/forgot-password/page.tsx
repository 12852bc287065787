import type { Metadata } from "next";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-2 text-2xl font-bold">Forgot your password?</h1>
      <p className="mb-6 text-sm text-slate-700 dark:text-slate-300">
        Enter the email you signed up with and we will send you a link to choose a new password.
      </p>
      <ForgotPasswordForm />
    </div>
  );
}
