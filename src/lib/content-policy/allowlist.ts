import { defaultSchema } from 'hast-util-sanitize';

/**
 * What a note may contain, as data. Everything not listed here is an error, reported by the
 * content checker and by the build alike (`checkNotePolicy`). The HTML part starts from
 * `hast-util-sanitize`'s GitHub-like default schema, the one `rehype-sanitize` uses, and only
 * narrows it: the site adds nothing a note could use to run code or change the page around it.
 */

/** The Markdown (mdast) node types a note's tree may hold; MDX code nodes are judged apart. */
export const MARKDOWN_NODE_TYPES: ReadonlySet<string> = new Set([
	'root',
	'yaml',
	'paragraph',
	'heading',
	'thematicBreak',
	'blockquote',
	'list',
	'listItem',
	'code',
	'inlineCode',
	'text',
	'emphasis',
	'strong',
	'delete',
	'break',
	'link',
	'linkReference',
	'image',
	'imageReference',
	'definition',
	'footnoteDefinition',
	'footnoteReference',
	'table',
	'tableRow',
	'tableCell',
	'mdxJsxFlowElement',
	'mdxJsxTextElement',
	// Allowed only when they hold nothing but comments (`{/* note to editors */}`).
	'mdxFlowExpression',
	'mdxTextExpression',
]);

/**
 * Elements of the default schema a note may not use, and why. `h1` is the note's title (a page
 * has one); `input` exists there only for GFM task lists, which Markdown writes for you.
 */
export const REMOVED_ELEMENTS: Readonly<Record<string, string>> = {
	h1: "the note's title is already the page's only `<h1>`; start sections at `##`",
	input: 'task lists are written in Markdown (`- [ ] step`), not with `<input>`',
};

/** What the site adds to the sanitizer's elements: `<abbr title="…">` for abbreviations. */
export const SITE_ELEMENTS: readonly string[] = ['abbr'];

/** HTML elements a note may write in prose: the sanitizer's list and `SITE_ELEMENTS`, less `REMOVED_ELEMENTS`. */
export const HTML_ELEMENTS: readonly string[] = [
	...(defaultSchema.tagNames ?? []),
	...SITE_ELEMENTS,
]
	.filter((name) => !(name in REMOVED_ELEMENTS))
	.sort();

/** A hast property name from a sanitize schema entry (`'href'` or `['className', …]`). */
function propertyOf(entry: string | readonly unknown[]): string {
	return typeof entry === 'string' ? entry : String(entry[0]);
}

/**
 * Attributes the default schema lets through only with fixed values that Markdown itself
 * produces (footnote and task-list classes), or that it renames to stop DOM clobbering.
 * A note writing them by hand gains nothing, so they are left out rather than half-allowed;
 * so are the form attributes, since a note has no form.
 */
const NOT_FOR_NOTES = new Set([
	'action',
	'method',
	'encType',
	'accept',
	'acceptCharset',
	'className',
	'name',
	'dataFootnoteBackref',
	'dataFootnoteRef',
	'dataFootnotes',
	'disabled',
	'type',
	'itemScope',
	'itemType',
	'itemProp',
]);

/** Allowed hast property names per element, `*` for every element, from the sanitizer's schema. */
export const HTML_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
	Object.entries(defaultSchema.attributes ?? {}).map(([element, entries]) => [
		element,
		entries.map(propertyOf).filter((property) => !NOT_FOR_NOTES.has(property)),
	])
);

/** The URL schemes each URL-bearing property accepts; a relative URL has no scheme and is judged apart. */
export const URL_SCHEMES: Readonly<Record<string, readonly string[]>> = {
	...(defaultSchema.protocols as Record<string, readonly string[]>),
	// The page's CSP (`img-src 'self' data:`) loads no remote image, so an image source is
	// local or a `data:` URL of a raster image.
	src: ['data'],
};

/** Every property whose value is a URL that a browser follows or loads, in any element. */
export const URL_PROPERTIES: ReadonlySet<string> = new Set([
	...Object.keys(URL_SCHEMES),
	'action',
	'formAction',
	'xLinkHref',
	'poster',
	'data',
	'background',
	'srcSet',
	'ping',
	'codeBase',
	'manifest',
	'icon',
	'profile',
	'useMap',
	'itemId',
	'archive',
]);

/** Raster image types a `data:` URL may carry (SVG is a document that can hold script). */
export const DATA_IMAGE_TYPES: readonly string[] = [
	'image/png',
	'image/jpeg',
	'image/gif',
	'image/webp',
	'image/avif',
];

/** File types a note may show as an image, by extension (lowercase, without the dot). */
export const IMAGE_EXTENSIONS: readonly string[] = [
	'png',
	'jpg',
	'jpeg',
	'gif',
	'webp',
	'avif',
	'svg',
];

/** One of the site's own MDX components: its props, each a plain string. */
export interface MdxComponent {
	/** What it is for, shown in CONTRIBUTING.md. */
	description: string;
	props: readonly string[];
}

/**
 * The site's own MDX components a note may use without importing them (the page passes them
 * in). There are none yet; one is added here together with its props and tests.
 */
export const MDX_COMPONENTS: Readonly<Record<string, MdxComponent>> = {};

/** Sizes past which a note is refused before it is parsed, so no input can exhaust the checker. */
export const LIMITS = {
	/** Bytes in one note file: beyond this a note should be split, and parsing slows every build. */
	fileBytes: 512 * 1024,
	/** How deep blocks and elements may nest (lists in quotes in lists …). */
	depth: 100,
	/** YAML aliases expanded in one frontmatter block (`yaml`'s `maxAliasCount`). */
	yamlAliases: 100,
	/** Characters in a title (browser tabs, search results and feeds show about 60–120). */
	titleChars: 120,
	/** Characters in a description (search engines show about 160; 300 leaves room). */
	descriptionChars: 300,
} as const;
