import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { VOCABULARY_PATH } from '../lib/search/config.ts';
import { bundleContentType, bundleFileFor } from '../lib/search/dev-bundle.ts';
import { fragmentTexts, readFragments } from '../lib/search/pagefind-fragments.ts';
import { buildVocabulary } from '../lib/search/vocabulary.ts';

/**
 * Build the Pagefind search index and the typo vocabulary over the finished site, inside
 * `astro build`; under `astro dev`, serve the last build's, so search works while previewing.
 */
export function pagefindIntegration(): AstroIntegration {
	let outDir = '';
	let base = '/';
	return {
		name: 'dn:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				base = config.base;
			},
			'astro:server:setup': ({ server, logger }) => {
				// Pages rendered by the dev server are not files Pagefind can index, and indexing
				// on every edit would slow the preview down. The last build's index is good enough
				// to try search; a new note becomes findable after the next `npm run build`.
				const entry = join(outDir, 'pagefind', 'pagefind-entry.json');
				if (existsSync(entry)) {
					logger.info(
						`Search uses the index of the last build (${statSync(entry).mtime.toLocaleString('en-GB')}).`
					);
				} else {
					logger.warn(
						'Search has no index yet: run `npm run build` once, then reload, and search works here too.'
					);
				}
				server.middlewares.use((request, response, next) => {
					const file = bundleFileFor(request.url ?? '', base);
					if (!file) return next();
					readFile(join(outDir, file)).then(
						(body) => {
							response.setHeader('content-type', bundleContentType(file));
							response.setHeader('cache-control', 'no-store');
							response.end(body);
						},
						() => {
							response.statusCode = 404;
							response.end(
								`No ${file} in the last build: run \`npm run build\` to create the search index.`
							);
						}
					);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const pagefind = await import('pagefind');
				const site = fileURLToPath(dir);
				const started = performance.now();
				const { index, errors } = await pagefind.createIndex({
					// `-` keeps flags such as `--from` whole, so they match only notes that use them.
					// `:` and `.` stay out: they would glue `redis:latest` and `end.` into single words.
					includeCharacters: '-',
				});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				// Pagefind reads the built pages itself, in its own process: handing it each page's
				// HTML (addHTMLFile) goes through its JSON service a page at a time, which took twice
				// as long at 1000 notes. Its service is closed even when a step fails, or it would
				// keep the build alive.
				const bundle = join(site, 'pagefind');
				let indexedMs: number;
				try {
					const added = await index.addDirectory({ path: site });
					if (added.errors.length > 0)
						throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
					indexedMs = Math.round(performance.now() - started);
					const written = await index.writeFiles({ outputPath: bundle });
					if (written.errors.length > 0)
						throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
				} finally {
					await pagefind.close();
				}
				// The typo vocabulary: the words of what Pagefind indexed, read from its fragments.
				const fragments = await readFragments(bundle);
				const vocabulary = buildVocabulary(fragments.flatMap(fragmentTexts));
				await writeFile(join(site, VOCABULARY_PATH), JSON.stringify(vocabulary));
				const pages = fragments.length;
				logger.info(
					`Search index of ${pages} pages and typo vocabulary of ${vocabulary.words.length} words in ${Math.round(performance.now() - started)}ms (pages indexed in ${indexedMs}ms)`
				);
			},
		},
	};
}
