# syntax=docker/dockerfile:1
# Mirashop web front: nginx serving the storefront (port 80) and the merchant admin
# (port 8081, or by host name) and proxying the API to the backend `server` replicas.

ARG NODE_IMAGE=node:20-bookworm-slim

# --- the package manifests alone, so `npm ci` below is cached until one of them changes.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /repo
COPY . .
RUN find . -type f ! -name package.json ! -name package-lock.json ! -name .npmrc -delete \
    && find . -type d -empty -delete

# --- build both single-page apps, then gzip their text files once for `gzip_static`.
FROM ${NODE_IMAGE} AS build
# The lockfile's `allowScripts` policy (which install scripts may run) needs npm 11.
ARG NPM_VERSION=11.19.1
RUN npm install -g "npm@${NPM_VERSION}" --no-audit --no-fund
WORKDIR /repo
COPY --from=manifests /repo ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build -w packages/domain -w packages/contract \
    && npm run build -w storefront -w merchant-admin
# index.html is left out: its publishable key is filled in at container start.
RUN find storefront/dist merchant-admin/dist -type f ! -name index.html \
        \( -name '*.html' -o -name '*.js' -o -name '*.mjs' -o -name '*.css' -o -name '*.json' \
           -o -name '*.svg' -o -name '*.txt' -o -name '*.map' -o -name '*.webmanifest' -o -name '*.xml' \) \
        -exec gzip -9 -k -n {} +

# --- runtime
FROM nginx:1.27-alpine
RUN rm -f /etc/nginx/conf.d/default.conf
# Pristine templates, rendered by the entrypoint on every start.
COPY docker/nginx.conf /etc/nginx/mirashop/nginx.conf
COPY --from=build /repo/storefront/dist/index.html /etc/nginx/mirashop/storefront.index.html
COPY --from=build /repo/merchant-admin/dist/index.html /etc/nginx/mirashop/merchant-admin.index.html
COPY --from=build /repo/storefront/dist /usr/share/nginx/mirashop/storefront
COPY --from=build /repo/merchant-admin/dist /usr/share/nginx/mirashop/merchant-admin
COPY --chmod=0755 docker/web-entrypoint.sh /usr/local/bin/mirashop-web-entrypoint
EXPOSE 80 8081
ENTRYPOINT ["/usr/local/bin/mirashop-web-entrypoint"]
CMD ["nginx", "-g", "daemon off;"]
