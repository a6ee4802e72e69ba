import { posix } from 'node:path';
import { VOCABULARY_PATH } from './config.ts';

/**
 * The file under the build output that a dev-server request for the search bundle or the
 * typo vocabulary asks for (`/pagefind/pagefind.js` → `pagefind/pagefind.js`), or
 * `undefined` when the request is for something else or tries to leave the bundle's folder.
 */
export function bundleFileFor(url: string, base = '/'): string | undefined {
	const root = base.endsWith('/') ? base : `${base}/`;
	const prefix = `${root}pagefind/`;
	let path: string;
	try {
		path = decodeURIComponent(new URL(url, 'http://dev.invalid').pathname);
	} catch {
		return undefined;
	}
	if (path === `${root}${VOCABULARY_PATH}`) return VOCABULARY_PATH;
	if (!path.startsWith(prefix)) return undefined;
	const file = posix.normalize(`pagefind/${path.slice(prefix.length)}`);
	return file.startsWith('pagefind/') && !file.includes('\\') && !file.endsWith('/')
		? file
		: undefined;
}

const TYPES: Record<string, string> = {
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
};

/** The content type to serve a bundle file with; Pagefind's index chunks are binary. */
export function bundleContentType(file: string): string {
	return TYPES[posix.extname(file)] ?? 'application/octet-stream';
}
