import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';
import { WORKER_FILE, buildVersion, precacheUrls, workerSource } from '../lib/offline/precache.ts';

async function walk(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true });
	const nested = await Promise.all(
		entries.map((e) =>
			e.isDirectory() ? walk(join(dir, e.name)) : Promise.resolve([join(dir, e.name)])
		)
	);
	return nested.flat();
}

/**
 * Write the offline service worker (dist/sw.js) once the site and its search index are built:
 * the list of files to cache comes from dist/ itself, so it must run after the Pagefind integration.
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
				const files = (await walk(site)).map((f) => relative(site, f).split(sep).join('/'));
				const urls = precacheUrls(files, base);
				const root = base.endsWith('/') ? base : `${base}/`;
				const byUrl = new Map(files.map((f) => [precacheUrls([f], base)[0], f]));
				const entries = await Promise.all(
					urls.map(async (url) => ({
						url,
						content: await readFile(join(site, byUrl.get(url) ?? url.slice(root.length))),
					}))
				);
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
