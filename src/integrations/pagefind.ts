import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { VOCABULARY_PATH } from '../lib/search/config.ts';
import { bundleContentType, bundleFileFor } from '../lib/search/dev-bundle.ts';
import { fragmentTexts, readFragments } from '../lib/search/pagefind-fragments.ts';
import { buildVocabulary } from '../lib/search/vocabulary.ts';

/** The integration that waits for the search index to be written (src/integrations/offline.ts). */
export const SEARCH_INDEX_AWAITED_BY = 'dn:offline';

/** This build's search index and vocabulary being written, once Pagefind has read the pages. */
let written: Promise<void> = Promise.resolve();

/**
 * Resolves once this build's search files (`pagefind/` and the vocabulary) are all written;
 * rejects when writing them failed. Only the integration named SEARCH_INDEX_AWAITED_BY may
 * rely on it: it runs after this one, which then leaves the waiting to it.
 */
export function searchIndexWritten(): Promise<void> {
	return written;
}

/**
 * Build the Pagefind search index and the typo vocabulary over the finished site, inside
 * `astro build`; under `astro dev`, serve the last build's, so search works while previewing.
 */
export function pagefindIntegration(): AstroIntegration {
	let outDir = '';
	let base = '/';
	// Whether a later integration waits for the index (the offline list does); if none does,
	// this hook waits for it itself, so a failure to write it always fails the build.
	let awaitedLater = false;
	return {
		name: 'dn:pagefind',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				base = config.base;
				const names = config.integrations.map((integration) => integration.name);
				awaitedLater = names.indexOf(SEARCH_INDEX_AWAITED_BY) > names.indexOf('dn:pagefind');
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
				let indexedMs: number;
				try {
					const added = await index.addDirectory({ path: site });
					if (added.errors.length > 0)
						throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
					indexedMs = Math.round(performance.now() - started);
				} catch (error) {
					await pagefind.close();
					throw error;
				}
				// Pagefind has read every page. Writing its index, then the vocabulary, is most of
				// its time, spent in its own process: the hooks after this one (the printable page,
				// then the offline list up to the search files) do their work meanwhile, and the
				// offline list waits for this before it reads the search files (searchIndexWritten).
				const writing = (async () => {
					const bundle = join(site, 'pagefind');
					try {
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
					logger.info(
						`Search index of ${fragments.length} pages and typo vocabulary of ${vocabulary.words.length} words in ${Math.round(performance.now() - started)}ms (pages indexed in ${indexedMs}ms)`
					);
				})();
				if (awaitedLater) {
					written = writing;
					// Not a rejection nobody handles while the next hooks run: the offline list awaits it.
					writing.catch(() => {});
				} else {
					await writing;
				}
			},
		},
	};
}
