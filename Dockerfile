# Cobridge as a container: the Slack and/or Discord bot, chosen by the tokens in the environment.
# Build: docker build -t cobridge .      Run: see docs/deployment.md
# Stage 1 builds everything with the dev tools; stage 2 keeps only the production bundle (no TypeScript, turbo,
# vitest or test fakes) and runs it as the unprivileged "node" user with the data folder on a volume.

FROM node:22-bookworm-slim AS build
# better-sqlite3 compiles its native module when no prebuilt binary fits the platform.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
RUN npm i -g pnpm@12.4.2
WORKDIR /src
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json .npmrc turbo.json tsconfig.base.json vitest.config.ts ./
COPY scripts ./scripts
COPY apps ./apps
COPY packages ./packages
COPY e2e ./e2e
RUN pnpm install --frozen-lockfile
RUN pnpm build && pnpm --filter @cobridge/server deploy --prod /app

FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    COBRIDGE_DB=/data/cobridge.db \
    COBRIDGE_HEALTH_PORT=8080
WORKDIR /app
COPY --from=build --chown=node:node /app /app
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
# 3000: Slack's /slack/events in HTTP mode (also serves /healthz, /readyz, /metrics); 8080: COBRIDGE_HEALTH_PORT.
EXPOSE 3000 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["node", "dist/main.js", "healthcheck"]
STOPSIGNAL SIGTERM
CMD ["node", "--enable-source-maps", "--max-semi-space-size=2", "dist/main.js", "start"]
