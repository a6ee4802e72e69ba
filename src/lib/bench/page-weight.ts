import { gzipSync } from 'node:zlib';
import { scanHtml } from '../site-check/html-refs.ts';

/** Raw and gzip-compressed size of some bytes. */
export interface Size {
	raw: number;
	gzip: number;
}

/** What a page costs before any interaction: its HTML and the CSS and JS it references. */
export interface PageWeight {
	html: Size;
	/** Linked stylesheets. */
	css: Size & { files: number };
	/** External scripts, module preloads and the modules they import statically. */
	js: Size & { files: number };
	/** Scripts written into the HTML; their bytes are part of `html` too. */
	inlineJs: Size;
	/** Styles written into the HTML; their bytes are part of `html` too. */
	inlineCss: Size;
}

/** gzip at level 6, what static hosts commonly serve. */
export function size(bytes: Buffer | string): Size {
	const buffer = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
	return { raw: buffer.length, gzip: buffer.length ? gzipSync(buffer, { level: 6 }).length : 0 };
}

const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
// Static imports between bundled chunks: `import"./a.js"`, `import{x}from"./b.js"`, `export*from"./c.js"`.
const STATIC_IMPORT =
	/(?:^|[;\s}])(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g;

/**
 * Weigh one built page. `read` returns a file of the site by its URL path (undefined when
 * missing); `resolve` turns a reference into such a path relative to the page or a module.
 */
export function pageWeight(
	html: string,
	read: (path: string) => Buffer | undefined,
	resolve: (ref: string, from: string) => string | undefined,
	pagePath: string
): PageWeight {
	const css = new Set<string>();
	const js = new Set<string>();
	const rels = new Map<string, string>();
	for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
		const rel = /\srel=["']?([^"'\s>]+)/i.exec(m[0])?.[1]?.toLowerCase();
		const href = /\shref=["']?([^"'\s>]+)/i.exec(m[0])?.[1];
		if (rel && href) rels.set(href, rel);
	}
	for (const ref of scanHtml(html).refs) {
		const path = resolve(ref.value, pagePath);
		if (!path) continue;
		if (ref.tag === 'link' && rels.get(ref.value) === 'stylesheet') css.add(path);
		if (ref.tag === 'link' && rels.get(ref.value) === 'modulepreload') js.add(path);
		if (ref.tag === 'script') js.add(path);
	}
	// Follow static imports: the browser fetches them before the module runs. Dynamic import() is lazy.
	const queue = [...js];
	while (queue.length > 0) {
		const file = queue.pop()!;
		const source = read(file)?.toString('utf8') ?? '';
		for (const m of source.matchAll(STATIC_IMPORT)) {
			const dep = resolve(m[1]!, file);
			if (dep && !js.has(dep)) {
				js.add(dep);
				queue.push(dep);
			}
		}
	}
	const total = (files: Set<string>) => {
		const buffers = [...files].map(read).filter((b): b is Buffer => b !== undefined);
		return {
			files: buffers.length,
			raw: buffers.reduce((sum, b) => sum + b.length, 0),
			gzip: buffers.reduce((sum, b) => sum + size(b).gzip, 0),
		};
	};
	const inlineJs = [...html.matchAll(INLINE_SCRIPT)]
		.filter((m) => !/type=["']?application\/(?:ld\+)?json/i.test(m[1]!))
		.map((m) => m[2])
		.join('\n');
	const inlineCss = [...html.matchAll(INLINE_STYLE)].map((m) => m[1]).join('\n');
	return {
		html: size(html),
		css: total(css),
		js: total(js),
		inlineJs: size(inlineJs),
		inlineCss: size(inlineCss),
	};
}
