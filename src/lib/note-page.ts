import { neighbours, type PathNote, type PathSection } from './learning-path.ts';
import { buildSidebar, type SidebarGroup } from './navigation.ts';
import { noteSearchMeta, type NoteSearchMeta } from './search/note-search-meta.ts';
import { buildToc, type Heading, type TocItem } from './toc.ts';
import { editUrl, noteMarkdownHref } from './url.ts';

/** What a note's page reads from the note (the collection's `Note` in src/content.ts has it all). */
export interface PageNote extends PathNote {
	description: string;
	section: string | undefined;
	/** Fingerprint of the body, for the reader's progress. */
	hash: string;
	minutes: number;
	lastUpdated: Date | undefined;
	/** The file, relative to the repository root. */
	file: string;
	tags: readonly string[];
}

// Made once: a new Intl.DateTimeFormat on every note page cost 0.12 ms a page.
const LONG_DATE = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });

/** The reader-facing form of a note's last change, in UTC: "January 2, 2026". */
export function formatNoteDate(date: Date): string {
	return LONG_DATE.format(date);
}

/** Where the page's links point: the deploy base and the repository for "Edit this page". */
export interface NotePageSite {
	base: string;
	repoUrl: string;
	branch: string;
}

/** Everything a note's layout shows beyond the rendered body, derived from the note. */
export interface NotePage<N extends PageNote> {
	toc: TocItem[];
	sidebar: SidebarGroup[];
	prev: N | undefined;
	next: N | undefined;
	/** The note's Markdown twin (`/notes/<slug>.md`). */
	markdownHref: string;
	editHref: string;
	search: NoteSearchMeta;
	/** How the page describes itself to link previews. */
	social: {
		type: 'article';
		modified: Date | undefined;
		section: string | undefined;
		tags: readonly string[];
	};
}

/**
 * Derive a note page's table of contents, sidebar, neighbours and links from the note, the
 * learning path it sits in and the headings its body rendered.
 */
export function notePage<N extends PageNote>(
	note: N,
	path: readonly PathSection<N>[],
	headings: readonly Heading[],
	site: NotePageSite
): NotePage<N> {
	const { prev, next } = neighbours(path, note.slug);
	return {
		toc: buildToc(headings),
		sidebar: buildSidebar(path, note.slug),
		prev,
		next,
		markdownHref: noteMarkdownHref(note.slug, site.base),
		editHref: editUrl(site.repoUrl, site.branch, note.file),
		search: noteSearchMeta(note),
		social: { type: 'article', modified: note.lastUpdated, section: note.section, tags: note.tags },
	};
}
