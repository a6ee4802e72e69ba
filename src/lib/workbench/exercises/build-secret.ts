import { NO_SECRET_ARG_ENV, SECRET_MOUNT } from './conditions.ts';
import type { Exercise } from './types.ts';

/** Take a registry token out of ARG and pass it as a build secret. */
export const buildSecret: Exercise = {
	id: 'build-secret',
	title: 'Keep a registry token out of the image',
	kind: 'dockerfile',
	goal: 'The npm token arrives as a build argument, so anyone with the image can read it in its history. Pass it as a build secret instead, mounted only for the step that installs.',
	note: { slug: 'container-security', heading: 'build-secrets' },
	start: `FROM node:24-trixie-slim
ARG NPM_TOKEN
WORKDIR /app
COPY package.json package-lock.json ./
RUN echo "//registry.npmjs.org/:_authToken=\${NPM_TOKEN}" > .npmrc \\
    && npm ci --omit=dev \\
    && rm .npmrc
COPY . .
USER node
CMD ["node", "server.js"]
`,
	solution: `# syntax=docker/dockerfile:1
FROM node:24-trixie-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc \\
    npm ci --omit=dev
COPY . .
USER node
CMD ["node", "server.js"]
`,
	checks: [NO_SECRET_ARG_ENV, SECRET_MOUNT],
};
