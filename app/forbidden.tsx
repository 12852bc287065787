import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-lg text-center">
      <h1 className="mb-2 text-2xl font-bold">Not allowed</h1>
      <p className="mb-6 text-slate-700 dark:text-slate-300">
        Your account does not have access to this page. If you think it should, ask an administrator.
      </p>
      <Link href="/" className="text-brand-600 underline dark:text-brand-100">
        Back to the home page
      </Link>
    </div>
  );
}
