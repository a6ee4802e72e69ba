import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';
import {
	WORKER_FILE,
	buildVersion,
	precacheEntries,
	workerSource,
} from '../lib/offline/precache.ts';
import { VOCABULARY_PATH } from '../lib/search/config.ts';
import { searchIndexWritten } from './pagefind.ts';

/** The files the search integration writes, which may still be being written when this starts. */
const SEARCH_FOLDER = 'pagefind';
const isSearchFile = (file: string) =>
	file.startsWith(`${SEARCH_FOLDER}/`) || file === VOCABULARY_PATH;

/** Every file under `dir`, but not under a folder `skip` names (a path relative to `dir`). */
async function walk(
	dir: string,
	skip: (folder: string) => boolean = () => false
): Promise<string[]> {
	const walkIn = async (folder: string): Promise<string[]> => {
		const entries = await readdir(folder, { withFileTypes: true });
		const nested = await Promise.all(
			entries.map((e) => {
				const path = join(folder, e.name);
				if (!e.isDirectory()) return Promise.resolve([path]);
				return skip(relative(dir, path).split(sep).join('/')) ? Promise.resolve([]) : walkIn(path);
			})
		);
		return nested.flat();
	};
	return walkIn(dir);
}

/**
 * Write the offline service worker (dist/sw.js) once the site and its search index are built:
 * the list of files to cache comes from dist/ itself, so it must run after the Pagefind
 * integration, which leaves it to wait for the index to be written (searchIndexWritten).
 */
export function offlineIntegration(): AstroIntegration {
	let base = '/';
	let worker: URL | undefined;
	return {
		name: 'dn:offline',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				worker = new URL('integrations/offline-worker.js', config.srcDir);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const root = base.endsWith('/') ? base : `${base}/`;
				const files = async (skip?: (folder: string) => boolean) =>
					(await walk(site, skip)).map((f) => relative(site, f).split(sep).join('/'));
				/** The cached URLs of some files, each with its content. */
				const read = (list: string[]) =>
					Promise.all(
						precacheEntries(list, base).map(async ({ url, file }) => ({
							url,
							content: await readFile(join(site, file)),
						}))
					);
				// Every file but the search index is final by now: read them while Pagefind is still
				// writing the index, then the search files once it has.
				const early = await read(
					(await files((folder) => folder === SEARCH_FOLDER)).filter((f) => !isSearchFile(f))
				);
				await searchIndexWritten();
				const search = await read(
					(await files((folder) => !isSearchFile(`${folder}/`))).filter(isSearchFile)
				);
				const entries = [...early, ...search];
				const urls = entries.map((entry) => entry.url).sort();
				const version = buildVersion(entries);
				const source = await readFile(worker!, 'utf8');
				await writeFile(
					join(site, WORKER_FILE),
					workerSource(source, { version, urls, base: root })
				);
				logger.info(`Offline: ${urls.length} files cached by ${WORKER_FILE}, build ${version}`);
			},
		},
	};
}
