import { createHash } from 'node:crypto';

/** The name of the service worker file at the site's root. */
export const WORKER_FILE = 'sw.js';

// Files nobody reads offline: feeds, crawler files, the Markdown twins of notes (the notes
// themselves are cached), and the worker itself, which the browser keeps on its own. 404.html
// is only ever the error page: nginx answers a direct request for it with 404, which would
// fail the whole install.
const SKIP = [
	/^404\.html$/,
	/^sitemap[^/]*\.xml$/,
	/^rss\.xml$/,
	/^robots\.txt$/,
	/^llms\.txt$/,
	/^notes\/[^/]+\.md$/,
	new RegExp(`^${WORKER_FILE.replace('.', '\\.')}$`),
];

/**
 * The URLs the service worker caches for offline reading, from the built site's files
 * (relative to dist/, `/` separators): every page (as its directory URL), its scripts, styles and
 * images, the search index under pagefind/, and the JSON files pages fetch. Sorted, so the
 * list (and the version taken from it) does not depend on the order the disk lists files in.
 */
export function precacheUrls(files: readonly string[], base: string): string[] {
	return precacheEntries(files, base).map((entry) => entry.url);
}

/** precacheUrls, each URL with the file it is read from, in the same order. */
export function precacheEntries(
	files: readonly string[],
	base: string
): { url: string; file: string }[] {
	const root = base.endsWith('/') ? base : `${base}/`;
	return files
		.filter((file) => !SKIP.some((pattern) => pattern.test(file)))
		.map((file) => ({
			url: root + (file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1')),
			file,
		}))
		.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** A build's version: a hash of every cached URL with its content, so any change makes a new one. */
export function buildVersion(
	entries: readonly { url: string; content: Uint8Array | string }[]
): string {
	const hash = createHash('sha256');
	for (const { url, content } of [...entries].sort((a, b) => (a.url < b.url ? -1 : 1))) {
		hash
			.update(url)
			.update('\0')
			.update(createHash('sha256').update(content).digest())
			.update('\0');
	}
	return hash.digest('hex').slice(0, 16);
}

/** What the build tells the worker: its version, the URLs it caches, the site's base. */
export interface WorkerSettings {
	version: string;
	urls: readonly string[];
	base: string;
}

/** The worker's source: its settings as a first line, then the hand-written worker. */
export function workerSource(worker: string, settings: WorkerSettings): string {
	return `self.DN_OFFLINE = ${JSON.stringify(settings)};\n${worker}`;
}

/** The settings workerSource put in front of a worker, or undefined when it has none. */
export function workerSettings(source: string): WorkerSettings | undefined {
	const line = /^self\.DN_OFFLINE = (.*);$/m.exec(source)?.[1];
	return line === undefined ? undefined : (JSON.parse(line) as WorkerSettings);
}
