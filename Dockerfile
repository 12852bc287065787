# syntax=docker/dockerfile:1
# Layerwise: Next standalone server + migrations, seed and the FSRS fit worker on start.
# docs/DEPLOY.md explains the stages, the environment and how compose.yaml runs it.
ARG NODE_IMAGE=node:20-bookworm-slim

# ---- deps: every dependency (dev too: next build, prisma generate, esbuild) ----
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# The lock file is written by npm 11 (package.json "allowScripts"); the image ships npm 10.
RUN npm install -g npm@11 --no-audit --no-fund
COPY package.json package-lock.json prisma.config.ts ./
COPY scripts/prisma-generate.mjs scripts/
COPY prisma/schema.prisma prisma/
# `npm install`, not `npm ci`: see .ci/run (optional native packages of other platforms).
# postinstall generates the Prisma client into lib/db/generated/.
RUN npm install --no-audit --no-fund

# ---- build: next build (output: "standalone") and the bundled start script ----
FROM deps AS build
COPY . .
RUN npm run build && node deploy/bundle.mjs

# ---- runtime: no dev dependencies, no compiler, no npm cache; runs as `node` ----
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0
# The traced server and the node_modules it needs (Next's standalone output).
COPY --from=build /app/.next/standalone ./
# Static assets are not part of the standalone output (Next's self-hosting docs).
COPY --from=build /app/.next/static ./.next/static
# The FSRS optimizer is loaded by the fit worker, not by Next, so the tracer does not see it.
COPY --from=build /app/node_modules/@open-spaced-repetition ./node_modules/@open-spaced-repetition
# serve.mjs: migrate → seed → fit worker → scripts/next-server.mjs (stamps the peer address).
COPY --from=build /app/deploy/dist/serve.mjs ./deploy/serve.mjs
COPY scripts/next-server.mjs scripts/peer-header.mjs scripts/bad-path.mjs ./scripts/
# next-server.mjs logs and counts every request through this (plain JS, shared with the app bundle).
COPY lib/observability/core.mjs ./lib/observability/
COPY prisma/migrations ./prisma/migrations
COPY prisma/curriculum ./prisma/curriculum
# App files stay root-owned and read-only; only Next's cache and .data (mail outbox) are writable.
RUN mkdir -p .next/cache .data && chown node:node .next/cache .data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# exec form: node is PID 1's child of nothing else, so `docker stop`'s SIGTERM reaches serve.mjs,
# which stops Next (draining) and the fit worker before exiting.
CMD ["node", "deploy/serve.mjs", "start"]
