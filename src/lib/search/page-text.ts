import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { ELEMENT_NODE, parse, TEXT_NODE, type ElementNode } from 'ultrahtml';

/**
 * The words of a built page that Pagefind 1.6 indexes, read from the same HTML, so that the
 * search vocabulary holds the words a search can find and no others. What Pagefind keeps was
 * established by indexing test pages and reading back each page's indexed content:
 * - when any page of the site has `data-pagefind-body`, only those elements of those pages;
 *   otherwise the whole `<body>`;
 * - never the inside of the elements Pagefind drops or of `data-pagefind-ignore` ones;
 * - the values of `data-pagefind-meta` (searchable too), except inside `data-pagefind-ignore="all"`.
 * tests/integration/pagefind-contract.test.ts compares the result with Pagefind's own index.
 */
export interface PageText {
	/** Whether the page marks what is to be indexed with `data-pagefind-body`. */
	hasBody: boolean;
	/** The indexed text, with a space wherever Pagefind separates words. */
	body: string;
	/** The metadata values the page gives Pagefind. */
	meta: string[];
}

/** Elements Pagefind leaves out of the index, with everything inside them. */
const DROPPED = new Set([
	'head',
	'script',
	'style',
	'noscript',
	'template',
	'svg',
	'iframe',
	'form',
	'label',
	'input',
	'nav',
	'footer',
]);

/**
 * Elements that end a word: Pagefind joins the text of all others, so `a<b>c</b>d` is one word.
 * (`<pre>`, `<th>` and `<dt>` are not among them.)
 */
const SEPARATES = new Set([
	'p',
	'div',
	'section',
	'article',
	'li',
	'ul',
	'td',
	'br',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
]);

const IGNORE = 'data-pagefind-ignore';
const BODY = 'data-pagefind-body';
const META = 'data-pagefind-meta';

/** `key[attribute]`: a metadata value taken from one of the element's attributes. */
const FROM_ATTRIBUTE = /^\s*[^:[\]]+\[(.+)\]\s*$/;

function attribute(element: ElementNode, name: string): string | undefined {
	const value = element.attributes[name];
	return value === undefined ? undefined : decodeHTMLAttribute(String(value));
}

/** The text of an element, as a metadata value without a key's `:value` is read. */
function textOf(element: ElementNode): string {
	let text = '';
	for (const child of element.children) {
		if (child.type === TEXT_NODE) text += decodeHTML(child.value);
		else if (child.type === ELEMENT_NODE && !DROPPED.has(child.name)) text += textOf(child);
	}
	return text;
}

/** The values one `data-pagefind-meta` attribute sets: `key:value`, `key[attr], …` or `key`. */
function metaValues(element: ElementNode, spec: string): string[] {
	const colon = spec.indexOf(':');
	const bracket = spec.indexOf('[');
	if (colon !== -1 && (bracket === -1 || colon < bracket)) return [spec.slice(colon + 1).trim()];
	return spec.split(',').map((part) => {
		const from = FROM_ATTRIBUTE.exec(part)?.[1];
		return from === undefined ? textOf(element).trim() : (attribute(element, from.trim()) ?? '');
	});
}

/**
 * Whether a page's HTML can have a `data-pagefind-body` element: one without the attribute's
 * name anywhere has none, so, when other pages have one, it is left out without being parsed.
 */
export function mayHaveBody(html: string): boolean {
	return html.includes(BODY);
}

/** Read a built page as Pagefind does (with ultrahtml, the HTML parser Astro itself uses). */
export function pageText(html: string): PageText {
	const meta: string[] = [];
	let hasBody = false;
	// Without data-pagefind-body anywhere, Pagefind indexes the whole <body>. Which applies is
	// known only once the page has been read, so the text of both is kept until then.
	const inBodyElement: string[] = [];
	const inBodyTag: string[] = [];
	const walk = (element: ElementNode, context: Context) => {
		const ignore = attribute(element, IGNORE);
		const spec = attribute(element, META);
		const metaAllowed = context.metaAllowed && ignore !== 'all';
		if (spec !== undefined && metaAllowed) meta.push(...metaValues(element, spec).filter(Boolean));
		const bodyElement = context.bodyElement || element.attributes[BODY] !== undefined;
		hasBody ||= bodyElement;
		const inner: Context = {
			bodyElement,
			bodyTag: context.bodyTag || element.name === 'body',
			dropped: context.dropped || DROPPED.has(element.name) || ignore !== undefined,
			metaAllowed,
		};
		const push = (text: string) => {
			if (inner.bodyElement) inBodyElement.push(text);
			if (inner.bodyTag) inBodyTag.push(text);
		};
		const separates = SEPARATES.has(element.name);
		if (separates) push(' ');
		for (const child of element.children) {
			if (child.type === ELEMENT_NODE) walk(child, inner);
			else if (child.type === TEXT_NODE && !inner.dropped) push(decodeHTML(child.value));
		}
		if (separates) push(' ');
	};
	const root = parse(html) as { children: ElementNode[] };
	const start: Context = { bodyElement: false, bodyTag: false, dropped: false, metaAllowed: true };
	for (const child of root.children) if (child.type === ELEMENT_NODE) walk(child, start);
	return { hasBody, body: (hasBody ? inBodyElement : inBodyTag).join(''), meta };
}

interface Context {
	/** Inside an element with data-pagefind-body. */
	bodyElement: boolean;
	/** Inside <body>. */
	bodyTag: boolean;
	/** Inside an element whose text Pagefind leaves out. */
	dropped: boolean;
	/** Not inside data-pagefind-ignore="all", which hides metadata too. */
	metaAllowed: boolean;
}

/**
 * The texts of a site's pages that Pagefind indexes: when some page has `data-pagefind-body`,
 * pages without it are left out, as Pagefind leaves them out.
 */
export function indexedTexts(pages: Iterable<PageText>): string[] {
	const all = [...pages];
	const some = all.some((page) => page.hasBody);
	return all.filter((page) => page.hasBody || !some).flatMap((page) => [page.body, ...page.meta]);
}
