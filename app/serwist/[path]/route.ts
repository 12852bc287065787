import { createSerwistRoute } from "@serwist/turbopack";

// Bundles app/sw.ts with esbuild at build time (a static route: nothing is built or fetched at
// run time) and serves it at /serwist/sw.js with Service-Worker-Allowed: / so it may control /study.
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "app/sw.ts",
  useNativeEsbuild: true,
  // Only what the study shell needs offline: Next's static chunks and the icons, not every public file.
  globPatterns: [".next/static/**/*.{js,css,woff2}", "public/icons/*.png"],
});
