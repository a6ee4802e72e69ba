/**
 * One note's rendered HTML, made ready to sit beside every other note on the printable page:
 * each `id` gets the note's prefix, so "check-yourself" in two notes stays two anchors, and each
 * link into a note of the module points to that note inside the page instead of its own URL.
 */

/** The id a note's own heading `id` gets on the printable page. */
export function scopedId(slug: string, id: string): string {
	return `${slug}--${id}`;
}

// Attributes whose value is a list of ids on the same page.
const ID_REFS = /\b(aria-labelledby|aria-describedby|aria-controls|for)="([^"]*)"/g;
const IDS = /\bid="([^"]*)"/g;
const HREFS = /\bhref="([^"]*)"/g;

/**
 * Rewrite `html`, rendered from the note `slug`, for the printable page. `base` is the site's
 * base path (`/` or `/docs/`); `slugs` are the notes on the page. Links to notes that are not
 * on the page, and to anything else, stay as they are.
 */
export function scopeNoteHtml(
	html: string,
	slug: string,
	base: string,
	slugs: ReadonlySet<string>
): string {
	const notes = `${base.endsWith('/') ? base : `${base}/`}notes/`;
	const inPage = (href: string): string | undefined => {
		if (href.startsWith('#')) return href.length > 1 ? `#${scopedId(slug, href.slice(1))}` : href;
		if (!href.startsWith(notes)) return undefined;
		const [path = '', hash] = href.slice(notes.length).split('#', 2);
		const target = path.replace(/\/$/, '');
		if (!slugs.has(target) || path.includes('/', target.length + 1)) return undefined;
		return hash ? `#${scopedId(target, hash)}` : `#${target}`;
	};
	return html
		.replace(IDS, (_, id: string) => `id="${scopedId(slug, id)}"`)
		.replace(ID_REFS, (_, name: string, ids: string) => {
			const scoped = ids
				.split(/\s+/)
				.filter(Boolean)
				.map((id) => scopedId(slug, id));
			return `${name}="${scoped.join(' ')}"`;
		})
		.replace(HREFS, (whole, href: string) => {
			const local = inPage(href);
			return local ? `href="${local}"` : whole;
		});
}
