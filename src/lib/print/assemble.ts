import { scopeNoteHtml } from './scope-ids.ts';

/**
 * The printable page (/print/) holds every note's body. Rendering every note a second time for
 * it doubled the build's peak memory at a thousand notes, so the page is built with a
 * placeholder per note and, once the build has written every note's page, each placeholder is
 * replaced by that note's body as its own page shows it, cut out between these markers.
 * A note cannot forge a marker: text in a note is escaped, and the content policy allows no
 * raw HTML comments.
 */
export const NOTE_BODY_START = '<!--dn:note-body-->';
export const NOTE_BODY_END = '<!--/dn:note-body-->';

const PLACEHOLDER = /<!--dn:print-note:([^>]*?)-->/g;

/** The placeholder for one note's body on the printable page. */
export function printPlaceholder(slug: string): string {
	return `<!--dn:print-note:${slug}-->`;
}

/** The slugs of the notes whose placeholders `shell` holds, in page order. */
export function placeholderSlugs(shell: string): string[] {
	return [...shell.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/** The body of a note, cut from its built page `html` (read from `file`, named in errors). */
export function noteBody(html: string, file: string): string {
	const start = html.indexOf(NOTE_BODY_START);
	const end = html.indexOf(NOTE_BODY_END);
	if (start < 0 || end < start || html.indexOf(NOTE_BODY_START, start + 1) >= 0) {
		throw new Error(
			`${file}: the note's body is not marked once with ${NOTE_BODY_START} … ${NOTE_BODY_END}, ` +
				'so the printable page cannot include it (see src/pages/notes/[...slug].astro).'
		);
	}
	return html.slice(start + NOTE_BODY_START.length, end);
}

/**
 * The printable page: `shell` with each placeholder replaced by that note's body (`bodyOf`),
 * its ids scoped to the note and links to notes on the page pointing inside it.
 */
export function assemblePrintPage(
	shell: string,
	bodyOf: (slug: string) => string,
	base: string
): string {
	const slugs = new Set(placeholderSlugs(shell));
	return shell.replace(PLACEHOLDER, (_, slug: string) =>
		scopeNoteHtml(bodyOf(slug), slug, base, slugs)
	);
}
