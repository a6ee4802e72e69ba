import { NON_ROOT_FINAL } from './conditions.ts';
import type { Exercise } from './types.ts';

/** Switch the final stage to an unprivileged user. */
export const nonRoot: Exercise = {
	id: 'non-root',
	title: 'Run the container without root',
	kind: 'dockerfile',
	goal: 'This image runs its app as root, so a bug in the app is a bug with root rights. Make the final stage run as an unprivileged user (the Node.js images ship one called node).',
	note: { slug: 'container-security', heading: 'run-as-a-non-root-user' },
	start: `FROM node:24-trixie-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
EXPOSE 3000
CMD ["node", "server.js"]
`,
	solution: `FROM node:24-trixie-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
USER node
EXPOSE 3000
CMD ["node", "server.js"]
`,
	checks: [NON_ROOT_FINAL],
};
