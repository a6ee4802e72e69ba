/** A URL an HTML page points at: which element and attribute, the raw value and its line. */
export interface HtmlRef {
	tag: string;
	attribute: string;
	value: string;
	line: number;
}

/** What a link check needs from one HTML page: its anchors and every URL it references. */
export interface PageScan {
	/** Every `id`, and the `name` of each `<a>`: the fragments a link may point at. */
	anchors: Set<string>;
	refs: HtmlRef[];
}

// A start tag with quoted, unquoted or bare attributes; quoted values may contain `>`.
const TAG =
	/<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
// Comments, and the text of scripts and styles, are not markup; the script's own tag stays.
const NOT_MARKUP = /<!--[\s\S]*?-->|(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2\s*>)/gi;

/** Attributes whose value is one URL, by element (`*` for any element). */
const URL_ATTRIBUTES: Record<string, string[]> = {
	a: ['href'],
	area: ['href'],
	link: ['href'],
	img: ['src'],
	script: ['src'],
	source: ['src'],
	track: ['src'],
	audio: ['src'],
	video: ['src', 'poster'],
	iframe: ['src'],
	embed: ['src'],
	input: ['src'],
	form: ['action'],
	object: ['data'],
	use: ['href', 'xlink:href'],
};
/** Link-preview properties whose content is a URL of this site. */
const URL_META = new Set(['og:url', 'og:image', 'twitter:image']);

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
};

/** Decode the character references an attribute value may hold. */
export function decodeEntities(value: string): string {
	return value.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (whole, dec, hex, name) => {
		if (dec) return String.fromCodePoint(Number(dec));
		if (hex) return String.fromCodePoint(parseInt(hex, 16));
		return ENTITIES[name.toLowerCase()] ?? whole;
	});
}

function blank(text: string): string {
	// Keep line breaks so that line numbers after the blanked part stay right.
	return text.replace(/[^\n]/g, ' ');
}

/** Find the anchors of an HTML page and every URL its markup references (not its scripts' text). */
export function scanHtml(html: string): PageScan {
	const markup = html.replace(NOT_MARKUP, (whole, open?: string, _tag?: string, close?: string) =>
		open && close
			? open + blank(whole.slice(open.length, whole.length - close.length)) + close
			: blank(whole)
	);
	const lineStarts = [0];
	for (let i = markup.indexOf('\n'); i !== -1; i = markup.indexOf('\n', i + 1))
		lineStarts.push(i + 1);
	const lineAt = (offset: number) => {
		let lo = 0;
		let hi = lineStarts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (lineStarts[mid]! <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo + 1;
	};

	const anchors = new Set<string>();
	const refs: HtmlRef[] = [];
	for (const tagMatch of markup.matchAll(TAG)) {
		const tag = tagMatch[1]!.toLowerCase();
		const attributes = new Map<string, string>();
		for (const a of tagMatch[2]!.matchAll(ATTRIBUTE)) {
			attributes.set(a[1]!.toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
		}
		const line = lineAt(tagMatch.index);
		const id = attributes.get('id');
		if (id) anchors.add(id);
		if (tag === 'a' && attributes.get('name')) anchors.add(attributes.get('name')!);
		for (const attribute of URL_ATTRIBUTES[tag] ?? []) {
			const value = attributes.get(attribute);
			if (value !== undefined) refs.push({ tag, attribute, value: value.trim(), line });
		}
		const srcset = attributes.get('srcset');
		if (srcset) {
			for (const candidate of srcset.split(',')) {
				const url = candidate.trim().split(/\s+/)[0];
				if (url) refs.push({ tag, attribute: 'srcset', value: url, line });
			}
		}
		if (
			tag === 'meta' &&
			URL_META.has(attributes.get('property') ?? attributes.get('name') ?? '')
		) {
			refs.push({ tag, attribute: 'content', value: attributes.get('content') ?? '', line });
		}
	}
	return { anchors, refs };
}
