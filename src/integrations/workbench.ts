import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const BROWSER_SCHEMA = fileURLToPath(
	new URL('../lib/workbench/compose-schema-browser.ts', import.meta.url)
);
const DOCKERIGNORE = /[\\/]node_modules[\\/]@balena[\\/]dockerignore[\\/]/;
const COMPOSE_CHECK = /[\\/]src[\\/]lib[\\/]compose[\\/][^\\/]+\.ts$/;

/**
 * In the workbench's browser bundle, Compose checks import the validator compiled ahead of
 * time instead of `compose/schema.ts`, which compiles the schema with Ajv at run time: that
 * needs `unsafe-eval` (and Node's `createRequire`). Only `./schema.ts` imported from
 * `src/lib/compose/` is swapped; the build's own checks run in Node and keep the original.
 * Likewise the `.dockerignore` matcher gets path-browserify for Node's `path`.
 */
export function browserComposeSchema(): Plugin {
	return {
		name: 'dn:workbench-compose-schema',
		enforce: 'pre',
		resolveId(source, importer, options) {
			// Server-side rendering runs in Node, where the original compiles fine.
			if (options?.ssr) return null;
			// @balena/dockerignore uses Node's `path` (posix: sep, normalize, dirname).
			if (source === 'path' && importer && DOCKERIGNORE.test(importer))
				return this.resolve('path-browserify', importer);
			if (source === './schema.ts' && importer && COMPOSE_CHECK.test(importer))
				return BROWSER_SCHEMA;
			return null;
		},
	};
}

/** The workbench's worker: an ES module (so the diagram engine loads in its own chunk, on demand). */
export function workbenchIntegration(): AstroIntegration {
	return {
		name: 'dn:workbench',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						// Vite applies `plugins` to workers in dev only; `worker.plugins` covers the build.
						plugins: [browserComposeSchema()],
						worker: { format: 'es', plugins: () => [browserComposeSchema()] },
					},
				});
			},
		},
	};
}
