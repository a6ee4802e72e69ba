# syntax=docker/dockerfile:1

# Build stage: Node installs the dependencies and builds the site, search index included.
FROM node:24.21.0-trixie-slim AS build
WORKDIR /app
# The lockfile alone decides this layer, so editing a note does not reinstall anything.
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY . .
# Where the site will be published (canonical links, the sitemap). A build argument is an
# environment variable for the RUN steps after it: docker build --build-arg SITE_URL=… .
ARG SITE_URL=https://docker-notes.example.org
RUN npm run build

# Final stage: only nginx and the built files. No Node, no sources, no root.
FROM nginxinc/nginx-unprivileged:1.30-alpine
LABEL org.opencontainers.image.title="Docker Notes" \
	org.opencontainers.image.description="In-depth notes for learning Docker, served by nginx" \
	org.opencontainers.image.source="https://github.com/docker-notes/docker-notes" \
	org.opencontainers.image.documentation="https://docker-notes.example.org/notes/how-this-site-is-shipped/"
COPY deploy/nginx/default.conf /etc/nginx/conf.d/default.conf
COPY deploy/nginx/security-headers.conf /etc/nginx/snippets/security-headers.conf
COPY --from=build /app/dist /usr/share/nginx/html
# The base image already runs as nginx (uid 101); saying so keeps it true if the base changes.
USER 101
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \
	CMD ["wget", "--quiet", "--spider", "http://127.0.0.1:8080/"]
