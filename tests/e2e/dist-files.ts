import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Where the tests find the built site. */
export const DIST = 'dist';

/** Every file of the built site, relative to dist/ with `/` separators. */
export function distFiles(): string[] {
	if (!existsSync(DIST)) throw new Error('There is no dist/: run `npm run build` before these tests.');
	const walk = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
	return walk(DIST).map((f) => relative(DIST, f).split(sep).join('/'));
}

/** The site's own HTML pages (Pagefind's bundle holds none, but its folder is skipped anyway). */
export function htmlPages(): string[] {
	return distFiles().filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
}

/** Read a built file as text. */
export function readDist(file: string): string {
	return readFileSync(join(DIST, file), 'utf8');
}

/** The site's root URL (origin and base), read from the home page's canonical link. */
export function siteRoot(): URL {
	const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readDist('index.html'))?.[1];
	if (!canonical) throw new Error('dist/index.html has no <link rel="canonical">: the layout must set one.');
	return new URL(canonical);
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(file: string): { width: number; height: number } {
	const png = readFileSync(join(DIST, file));
	if (png.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error(`${file} is not a PNG`);
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
