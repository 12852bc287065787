import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-lg text-center">
      <h1 className="mb-2 text-2xl font-bold">Page not found</h1>
      <p className="mb-6 text-slate-700 dark:text-slate-300">It may have moved, or it is not yours to see.</p>
      <Link href="/" className="text-brand-600 underline dark:text-brand-100">
        Back to the home page
      </Link>
    </div>
  );
}
