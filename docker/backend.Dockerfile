# syntax=docker/dockerfile:1
# Mirashop backend (Medusa v2). Built in the monorepo, run from Medusa's production output
# (`.medusa/server` with its own production node_modules), as Medusa documents it.
# One image for the `migrate`, `server` and `worker` services of docker-compose.yml.

ARG NODE_IMAGE=node:20-bookworm-slim

# --- the package manifests alone, so `npm ci` below is cached until one of them changes.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /repo
COPY . .
RUN find . -type f ! -name package.json ! -name package-lock.json ! -name .npmrc -delete \
    && find . -type d -empty -delete

# --- build: shared packages, then the backend and the Medusa admin.
FROM ${NODE_IMAGE} AS build
# The lockfile's `allowScripts` policy (which install scripts may run) needs npm 11.
ARG NPM_VERSION=11.19.1
RUN npm install -g "npm@${NPM_VERSION}" --no-audit --no-fund
ENV MEDUSA_DISABLE_TELEMETRY=true
WORKDIR /repo
COPY --from=manifests /repo ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build -w packages/domain -w packages/contract
# The admin is compiled with the backend URL it calls ("/" = the origin it is served from).
ARG MEDUSA_BACKEND_URL=/
# Building the Medusa admin takes ~1.8 GB of heap.
RUN cd backend \
    && MEDUSA_BACKEND_URL="${MEDUSA_BACKEND_URL}" NODE_OPTIONS=--max-old-space-size=4096 npx medusa build

# --- runtime: `.medusa/server` and its production dependencies only.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    MEDUSA_DISABLE_TELEMETRY=true \
    OUTBOX_DIR=/var/lib/mirashop/outbox
WORKDIR /app
COPY --from=build /repo/backend/.medusa/server ./
# Medusa copies backend/package.json, which names our workspace packages: they are not on
# the npm registry (and must never be fetched from it), so they are dropped before the
# install and their build copied in instead.
RUN npm pkg delete "dependencies.@mirashop/contract" "dependencies.@mirashop/domain" \
    && npm install --omit=dev --no-audit --no-fund \
    && npm cache clean --force
COPY --from=build /repo/packages/domain/package.json node_modules/@mirashop/domain/package.json
COPY --from=build /repo/packages/domain/dist node_modules/@mirashop/domain/dist
COPY --from=build /repo/packages/contract/package.json node_modules/@mirashop/contract/package.json
COPY --from=build /repo/packages/contract/dist node_modules/@mirashop/contract/dist
# Uploads (file-local provider writes to ./static) and the mail outbox are volumes in
# docker-compose.yml; created here so that the volumes start owned by `node`.
RUN mkdir -p static /var/lib/mirashop/outbox \
    && chown node:node /app static /var/lib/mirashop /var/lib/mirashop/outbox
USER node
EXPOSE 9000
CMD ["npx", "medusa", "start"]
