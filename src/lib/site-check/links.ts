/** Where a reference was found, and what it said. */
export interface LinkSource {
	/** The built file, relative to dist/. */
	file: string;
	line: number;
	/** For example `a[href]` or `url()` or `text`. */
	where: string;
	value: string;
}

/** A reference that leads nowhere, with the reason in words. */
export interface BrokenLink extends LinkSource {
	reason: string;
}

/** The built site as a link check sees it: its files and the anchors of each HTML page. */
export interface SiteIndex {
	/** The site's root URL: its origin and deploy base, ending in `/`. */
	root: URL;
	/** Every file under dist/, relative to it, with `/` separators. */
	files: Set<string>;
	/** The anchors of each HTML file, by its path relative to dist/. */
	anchors: Map<string, Set<string>>;
}

/** Schemes that never point into the site. */
const OTHER_SCHEMES = /^(?:mailto|tel|data|javascript|blob|about):/i;

/** The URL at which a file under dist/ is served: `notes/a/index.html` → `<root>notes/a/`. */
export function fileUrl(file: string, root: URL): URL {
	return new URL(file.replace(/(^|\/)index\.html$/, '$1'), root);
}

/** The dist/ file a URL is served from, or undefined when the URL is outside the site. */
export function urlFile(url: URL, root: URL): string | undefined {
	if (url.origin !== root.origin || !url.pathname.startsWith(root.pathname)) return undefined;
	let path: string;
	try {
		path = decodeURIComponent(url.pathname.slice(root.pathname.length));
	} catch {
		return url.pathname;
	}
	return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/**
 * Check one reference against the built site: the file must exist (a page URL must end in
 * `/`, as the site's URLs do) and a fragment must name an anchor on the target page.
 * Returns the reason it is broken, or undefined when it works or points elsewhere.
 */
export function checkRef(value: string, fromFile: string, site: SiteIndex): string | undefined {
	if (value === '') return 'empty URL';
	if (OTHER_SCHEMES.test(value)) return undefined;
	let url: URL;
	try {
		url = new URL(value, fileUrl(fromFile, site.root));
	} catch {
		return 'not a valid URL';
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
	const file = urlFile(url, site.root);
	if (file === undefined) return undefined;
	if (!site.files.has(file)) {
		const hint = site.files.has(`${file}/index.html`) ? ` (did you mean ${url.pathname}/?)` : '';
		return `no file ${file} in dist/${hint}`;
	}
	// URL drops an empty fragment, so a bare `#` (a placeholder, not a link) is read from the value.
	if (value.endsWith('#')) return 'empty fragment "#"';
	if (url.hash === '' || !file.endsWith('.html')) return undefined;
	let fragment: string;
	try {
		fragment = decodeURIComponent(url.hash.slice(1));
	} catch {
		return `fragment ${url.hash} is not valid percent-encoding`;
	}
	// `#key=value` is state a page's script reads (the workbench's `#code=…` holds a shared
	// file), not an anchor: the site's ids are slugs, and a slug never contains `=`.
	if (/^[a-z]+=/.test(fragment)) return undefined;
	const anchors = site.anchors.get(file);
	if (!anchors?.has(fragment)) return `no element with id "${fragment}" on ${url.pathname}`;
	return undefined;
}

/** Check many references and keep the broken ones. */
export function brokenLinks(sources: readonly LinkSource[], site: SiteIndex): BrokenLink[] {
	const broken: BrokenLink[] = [];
	for (const source of sources) {
		const reason = checkRef(source.value, source.file, site);
		if (reason) broken.push({ ...source, reason });
	}
	return broken;
}

/** Absolute URLs of this site in a text file (sitemap, feed, llms.txt, Markdown twins). */
export function siteUrlsInText(text: string, root: URL): { value: string; line: number }[] {
	const found: { value: string; line: number }[] = [];
	const prefix = root.href;
	text.split('\n').forEach((line, i) => {
		for (const match of line.matchAll(/https?:\/\/[^\s<>"'`)\]]+/g)) {
			// A URL at the end of a sentence keeps no trailing punctuation.
			const value = match[0].replace(/[.,;:!?]+$/, '');
			if (value.startsWith(prefix) || `${value}/` === prefix) found.push({ value, line: i + 1 });
		}
	});
	return found;
}

/** The `url()` references of a stylesheet, except inline data. */
export function cssUrls(css: string): { value: string; line: number }[] {
	const found: { value: string; line: number }[] = [];
	css.split('\n').forEach((line, i) => {
		for (const match of line.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) {
			const value = match[1] ?? match[2] ?? match[3] ?? '';
			if (!value.startsWith('data:') && !value.startsWith('#')) found.push({ value, line: i + 1 });
		}
	});
	return found;
}
