import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/shell/app-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Layerwise", template: "%s · Layerwise" },
  description: "Learn container internals with spaced repetition and timed quizzes.",
};
export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Applies the saved theme (or the system's) before first paint, so dark mode never flashes.
const THEME_SCRIPT = `(function(){try{var t=localStorage.getItem('lw-theme');var d=t?t==='dark':matchMedia('(prefers-color-scheme: dark)').matches;document.documentElement.classList.toggle('dark',d)}catch(e){}})()`;

export default async function RootLayout({ children }: { children: ReactNode }) {
  // proxy.ts's per-request CSP nonce; reading it makes every page dynamic, as a nonce must be.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Browsers hide a nonce from the DOM after parsing, so hydration would see it differ. */}
        <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
        >
          Skip to content
        </a>
        <AppHeader />
        <main id="main" className="mx-auto w-full max-w-5xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
