"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-lg text-center">
      <h1 className="mb-2 text-2xl font-bold">Something went wrong</h1>
      <p className="mb-6 text-slate-700 dark:text-slate-300">
        It was logged. Try again, and if it keeps happening, tell us what you were doing.
      </p>
      <button type="button" onClick={reset} className="rounded-md bg-brand-600 px-4 py-2 text-white">
        Try again
      </button>
    </div>
  );
}
