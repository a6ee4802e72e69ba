import { MANIFEST_FIRST } from './conditions.ts';
import type { Exercise } from './types.ts';

/** Copy the manifests and install before the source, so the install layer is reused. */
export const cacheOrder: Exercise = {
	id: 'cache-order',
	title: 'Order a Node.js build for the cache',
	kind: 'dockerfile',
	goal: 'Every edit to a source file reinstalls all the dependencies. Reorder the steps so that only a change to package.json or package-lock.json does. Try “What rebuilds?” before and after.',
	note: { slug: 'dockerfile', heading: 'the-build-cache' },
	start: `FROM node:24-trixie-slim
WORKDIR /app
COPY . .
RUN npm ci --omit=dev
USER node
CMD ["node", "server.js"]
`,
	solution: `FROM node:24-trixie-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY . .
USER node
CMD ["node", "server.js"]
`,
	checks: [MANIFEST_FIRST],
};
