import { DATA_IMAGE_TYPES, URL_SCHEMES } from './allowlist.ts';

/** What is wrong with a URL, in words for the note's author; undefined when it is allowed. */
export interface UrlProblem {
	rule: string;
	message: string;
	fix: string;
}

/**
 * The scheme of a URL as a browser reads it (lowercase, without the colon), or undefined for a
 * relative URL. Browsers drop control characters and spaces around and inside the scheme, so
 * `java\tscript:` is `javascript`; a colon after `/`, `?` or `#` is part of a path, not a scheme.
 */
export function urlScheme(url: string): string | undefined {
	// A browser decodes `&#106` as `j` in an attribute even without the `;`, which the MDX parser
	// leaves as text; judge the URL as the browser would read it.
	const decoded = url.replace(/&#(x[0-9a-f]+|\d+);?/gi, (_, code: string) => {
		const point =
			code[0] === 'x' || code[0] === 'X' ? Number.parseInt(code.slice(1), 16) : Number(code);
		return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : '';
	});
	// eslint-disable-next-line no-control-regex
	const squeezed = decoded.replace(/[\u0000-\u0020\u007f]+/g, '');
	const colon = squeezed.indexOf(':');
	if (colon < 0) return undefined;
	const before = squeezed.slice(0, colon);
	if (/[/?#]/.test(before)) return undefined;
	return before.toLowerCase();
}

/** True for a URL that leaves the site without a scheme: `//host/path` (or `\\host`, which browsers read alike). */
export function isProtocolRelative(url: string): boolean {
	return /^[\s]*[/\\]{2}/.test(url);
}

/** True for a `data:` URL of a raster image (`data:image/png;base64,…`). */
export function isRasterDataUrl(url: string): boolean {
	const match = /^\s*data:([^;,]*)/i.exec(url);
	return match !== null && DATA_IMAGE_TYPES.includes((match[1] ?? '').trim().toLowerCase());
}

/** The schemes a link (`[text](url)`, `href`) may use, for messages. */
export const LINK_SCHEMES = URL_SCHEMES.href ?? [];

/**
 * Check the URL of a link (a Markdown link or definition, or a URL attribute such as `href` or
 * `cite`): relative URLs and the schemes the allowlist names for that attribute pass.
 */
export function checkLinkUrl(url: string, property = 'href'): UrlProblem | undefined {
	const scheme = urlScheme(url);
	if (scheme === undefined) return undefined;
	const allowed = URL_SCHEMES[property] ?? [];
	if (allowed.includes(scheme)) return undefined;
	const runs = scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data';
	return {
		rule: 'mdx-url-scheme',
		message: runs
			? `The URL \`${short(url)}\` is a \`${scheme}:\` URL, which can run script in the reader's browser`
			: `The URL \`${short(url)}\` uses \`${scheme}:\`, which notes may not link to`,
		fix: `Link to another note (\`/notes/<slug>/\`) or to a page with one of: ${allowed.map((s) => `\`${s}:\``).join(', ') || 'none'}`,
	};
}

/** Text on one line, cut to `max` characters, with an ellipsis when it was longer. */
export function short(text: string, max = 48): string {
	const line = text.replace(/\s+/g, ' ');
	return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
