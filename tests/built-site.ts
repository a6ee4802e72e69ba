// The built site (dist/) and the notes it was built from, as every kind of test reads them:
// the Vitest checks of dist/, the browser tests and the deployment tests share this file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';

/** Where the tests find the built site. */
export const DIST = 'dist';

/** Every file of the built site, relative to dist/ with `/` separators. */
export function distFiles(): string[] {
	if (!existsSync(DIST))
		throw new Error('There is no dist/: run `npm run build` before these tests.');
	const walk = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
			e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]
		);
	return walk(DIST).map((f) => relative(DIST, f).split(sep).join('/'));
}

/** The site's own HTML pages (Pagefind's bundle holds none, but its folder is skipped anyway). */
export function htmlPages(): string[] {
	return distFiles().filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
}

/** Read a built file as text (from `dir`, another build's output, if given). */
export function readDist(file: string, dir = DIST): string {
	return readFileSync(join(dir, file), 'utf8');
}

/** The site's root URL (origin and base), read from the home page's canonical link. */
export function siteRoot(dir = DIST): URL {
	const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readDist('index.html', dir))?.[1];
	if (!canonical)
		throw new Error('dist/index.html has no <link rel="canonical">: the layout must set one.');
	return new URL(canonical);
}

/**
 * Every page of the build (in `dir`, default dist/) as a full URL, from the sitemap index and
 * each sitemap it lists: the one sitemap parser of the tests.
 */
export function sitemapUrls(dir = DIST): URL[] {
	if (!existsSync(join(dir, 'sitemap-index.xml'))) {
		throw new Error(`${dir}/ has no sitemap-index.xml: run \`npm run build\` before these tests.`);
	}
	const locs = (xml: string) =>
		[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!));
	const root = siteRoot(dir);
	return locs(readDist('sitemap-index.xml', dir)).flatMap((sitemap) =>
		locs(readDist(sitemap.pathname.slice(root.pathname.length), dir))
	);
}

/** Every page of the build as a path (`/notes/compose/`), from its sitemap. */
export function sitemapPaths(dir = DIST): string[] {
	return sitemapUrls(dir).map((url) => url.pathname);
}

/** A published note as the tests know it, read straight from content/notes. */
export interface SourceNote {
	slug: string;
	title: string;
	file: string;
}

function walkNotes(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? walkNotes(join(dir, e.name))
			: e.name.endsWith('.mdx') && !e.name.startsWith('_')
				? [join(dir, e.name)]
				: []
	);
}

/** Every non-draft note in content/notes, independent of the site's own code. */
export function sourceNotes(root = 'content/notes'): SourceNote[] {
	return walkNotes(root)
		.map((file) => {
			const text = readFileSync(file, 'utf8');
			const data = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') ?? {};
			const slug =
				data.slug ??
				file
					.split('/')
					.pop()!
					.replace(/\.mdx$/, '');
			return {
				slug,
				title: String(data.title),
				file: relative('.', file),
				draft: data.draft === true,
			};
		})
		.filter((n) => !n.draft)
		.map(({ slug, title, file }) => ({ slug, title, file }));
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(file: string): { width: number; height: number } {
	const png = readFileSync(join(DIST, file));
	if (png.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error(`${file} is not a PNG`);
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
