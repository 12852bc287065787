import type { MetadataRoute } from "next";

/** The web app manifest (served at /manifest.webmanifest): installable, opening on today's study. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/study",
    name: "Layerwise",
    short_name: "Layerwise",
    description: "Learn container internals with spaced repetition — today's cards work offline too.",
    start_url: "/study",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#1f58bd",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
