import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

const DOCKERIGNORE = /[\\/]node_modules[\\/]@balena[\\/]dockerignore[\\/]/;

/**
 * In the workbench's browser bundle, the `.dockerignore` matcher gets path-browserify for
 * Node's `path`. (The Compose checks need no swap: their validator is compiled ahead of time,
 * src/lib/compose/validator.ts.)
 */
export function browserPath(): Plugin {
	return {
		name: 'dn:workbench-path',
		enforce: 'pre',
		resolveId(source, importer, options) {
			// Server-side rendering runs in Node, which has `path`.
			if (options?.ssr) return null;
			// @balena/dockerignore uses Node's `path` (posix: sep, normalize, dirname).
			if (source === 'path' && importer && DOCKERIGNORE.test(importer))
				return this.resolve('path-browserify', importer);
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
						plugins: [browserPath()],
						worker: { format: 'es', plugins: () => [browserPath()] },
					},
				});
			},
		},
	};
}
