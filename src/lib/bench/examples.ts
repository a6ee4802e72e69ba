import type { Random } from './random.ts';

/**
 * Docker examples for the benchmark corpus. Every one is a complete, pinned, realistic file
 * that passes the site's own checks (tests/unit/lib/bench/corpus.test.ts runs them through
 * checkCodeBlock), so a corpus build exercises the checks without failing on them.
 */

const APPS = ['api', 'web', 'worker', 'billing', 'search', 'gateway', 'reports', 'auth'];

function nodeDockerfile(r: Random, port: number): string {
	const lines = [
		'# syntax=docker/dockerfile:1',
		`FROM node:${r.pick(['24', '22'])}-alpine`,
		'ENV NODE_ENV=production',
		'WORKDIR /app',
		'COPY package.json package-lock.json ./',
		'RUN npm ci --omit=dev && npm cache clean --force',
		'COPY --chown=node:node . .',
		'USER node',
		`EXPOSE ${port}`,
	];
	if (r.chance(0.5)) {
		lines.push(
			`HEALTHCHECK --interval=${r.int(10, 60)}s --timeout=3s --retries=${r.int(2, 5)} \\`,
			`  CMD ["wget", "-q", "-O", "/dev/null", "http://localhost:${port}/health"]`
		);
	}
	lines.push('CMD ["node", "server.js"]');
	return lines.join('\n');
}

function goDockerfile(r: Random, port: number): string {
	return [
		'# syntax=docker/dockerfile:1',
		`FROM golang:${r.pick(['1.27', '1.26'])}-trixie AS build`,
		'WORKDIR /src',
		'COPY go.mod go.sum ./',
		'RUN --mount=type=cache,target=/go/pkg/mod go mod download',
		'COPY . .',
		'RUN --mount=type=cache,target=/go/pkg/mod \\',
		'    --mount=type=cache,target=/root/.cache/go-build \\',
		`    CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/server ./cmd/${r.pick(APPS)}`,
		'',
		'FROM gcr.io/distroless/static-debian13:nonroot',
		'COPY --from=build /out/server /app/server',
		'USER nonroot:nonroot',
		`EXPOSE ${port}`,
		'ENTRYPOINT ["/app/server"]',
	].join('\n');
}

function pythonDockerfile(r: Random, port: number): string {
	return [
		'# syntax=docker/dockerfile:1',
		`FROM python:${r.pick(['3.13', '3.12'])}-slim`,
		'ENV PYTHONDONTWRITEBYTECODE=1 \\',
		'    PYTHONUNBUFFERED=1',
		'WORKDIR /app',
		`RUN useradd --create-home --uid ${r.int(10001, 10099)} app`,
		'COPY requirements.txt .',
		'RUN --mount=type=cache,target=/root/.cache/pip \\',
		'    pip install -r requirements.txt',
		'COPY . .',
		'USER app',
		`EXPOSE ${port}`,
		`CMD ["gunicorn", "--bind", "0.0.0.0:${port}", "app:app"]`,
	].join('\n');
}

function staticSiteDockerfile(r: Random): string {
	return [
		'# syntax=docker/dockerfile:1',
		'FROM node:24-alpine AS build',
		'WORKDIR /app',
		'COPY package.json package-lock.json ./',
		'RUN npm ci',
		'COPY . .',
		'RUN npm run build',
		'',
		`FROM nginx:${r.pick(['1.30', '1.31'])}-alpine`,
		'COPY --from=build /app/dist /usr/share/nginx/html',
		'EXPOSE 80',
	].join('\n');
}

/** A complete Dockerfile, one of four common shapes. */
export function dockerfileExample(r: Random): string {
	const port = r.pick([3000, 5000, 8000, 8080, 9000]);
	return r.pick([nodeDockerfile, goDockerfile, pythonDockerfile, staticSiteDockerfile])(r, port);
}

/** A Compose file: one to three app services, a database and a cache, with healthchecks. */
export function composeExample(r: Random): string {
	const apps = r.sample(APPS, r.int(1, 3));
	const out = [
		`name: ${r.pick(['shop', 'notes', 'tracker', 'blog', 'inventory'])}`,
		'',
		'services:',
	];
	apps.forEach((app, i) => {
		out.push(`  ${app}:`, `    build: ./${app}`);
		if (i === 0)
			out.push(
				'    ports:',
				`      - "${r.pick([3000, 8000, 8080])}:${r.pick([3000, 8000, 8080])}"`
			);
		out.push(
			'    environment:',
			`      DATABASE_URL: postgres://app:app@db:5432/${app}`,
			'      REDIS_URL: redis://cache:6379',
			'    depends_on:',
			'      db:',
			'        condition: service_healthy',
			'      cache:',
			'        condition: service_started',
			`    restart: ${r.pick(['unless-stopped', 'on-failure', 'always'])}`,
			''
		);
	});
	out.push(
		'  db:',
		`    image: postgres:${r.pick(['17', '16'])}-alpine`,
		'    environment:',
		'      POSTGRES_USER: app',
		'      POSTGRES_PASSWORD: app',
		'    volumes:',
		'      - db-data:/var/lib/postgresql/data',
		'    healthcheck:',
		'      test: ["CMD-SHELL", "pg_isready -U app"]',
		`      interval: ${r.int(3, 10)}s`,
		'      timeout: 3s',
		`      retries: ${r.int(5, 10)}`,
		'',
		'  cache:',
		'    image: redis:8.2-alpine',
		'    volumes:',
		'      - cache-data:/data',
		'',
		'volumes:',
		'  db-data:',
		'  cache-data:'
	);
	return out.join('\n');
}

/** A Kubernetes Deployment whose selector matches its pod labels. */
export function kubernetesExample(r: Random): string {
	const app = r.pick(APPS);
	const port = r.pick([3000, 8000, 8080]);
	return [
		'apiVersion: apps/v1',
		'kind: Deployment',
		'metadata:',
		`  name: ${app}`,
		'spec:',
		`  replicas: ${r.int(2, 6)}`,
		'  selector:',
		'    matchLabels:',
		`      app: ${app}`,
		'  template:',
		'    metadata:',
		'      labels:',
		`        app: ${app}`,
		'    spec:',
		'      containers:',
		`        - name: ${app}`,
		`          image: registry.example.com/team/${app}:${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`,
		'          ports:',
		`            - containerPort: ${port}`,
		'          resources:',
		'            limits:',
		`              memory: ${r.int(1, 8) * 64}Mi`,
		`              cpu: ${r.int(1, 9) * 100}m`,
	].join('\n');
}

/** Commands with a `$ ` prompt and their output, as the notes' console blocks are written. */
export function consoleExample(r: Random): string {
	const app = r.pick(APPS);
	const tag = `${app}:${r.int(1, 9)}.${r.int(0, 20)}`;
	const blocks = [
		[
			`$ docker build -t ${tag} .`,
			` => [internal] load build definition from Dockerfile`,
			` => => naming to docker.io/library/${tag}`,
		],
		[
			`$ docker run -d --name ${app} -p 8080:${r.pick([3000, 8000])} ${tag}`,
			'e3b0c44298fc1c149afbf4c8996fb924',
		],
		[
			'$ docker ps --format "table {{.Names}}\\t{{.Status}}"',
			'NAMES     STATUS',
			`${app.padEnd(9)} Up ${r.int(2, 50)} minutes (healthy)`,
		],
		[`$ docker logs --tail 20 ${app}`, `listening on port ${r.pick([3000, 8000, 8080])}`],
		[
			'$ docker compose up -d --wait',
			' ✔ Container db     Healthy',
			` ✔ Container ${app}  Started`,
		],
		[
			`$ docker image history ${tag}`,
			'IMAGE          CREATED        SIZE',
			`a1b2c3d4e5f6   ${r.int(2, 9)} days ago     ${r.int(5, 90)}MB`,
		],
	];
	return r.sample(blocks, r.int(1, 3)).flat().join('\n');
}
