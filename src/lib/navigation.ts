import { type PathNote, type PathSection, sectionIndexOf } from './learning-path.ts';

/** One link in the sidebar. */
export interface SidebarLink {
	slug: string;
	title: string;
	current: boolean;
	/** The note's content hash, for the reader's progress marks. */
	hash?: string | undefined;
}

/** A sidebar group: a section, its links (possibly a window of them) and how many it has. */
export interface SidebarGroup {
	name: string;
	slug: string;
	total: number;
	open: boolean;
	links: SidebarLink[];
	/** True when `links` shows only part of the section; the section page lists all. */
	truncated: boolean;
}

/** How many note links a sidebar shows in all, so note pages stay light as the notes grow. */
export const SIDEBAR_LINK_BUDGET = 60;
/** How many links around the current note a large section shows. */
export const SIDEBAR_WINDOW = 15;

/**
 * Build the sidebar for the page of `currentSlug`. While the whole path fits the link
 * budget every note is listed; past it, only the current section is open and, when that
 * section is itself large, only a window around the current note, with a link to the
 * section page for the rest.
 */
export function buildSidebar<N extends PathNote>(
	sections: readonly PathSection<N>[],
	currentSlug: string | undefined,
	budget = SIDEBAR_LINK_BUDGET,
	window = SIDEBAR_WINDOW
): SidebarGroup[] {
	const total = sections.reduce((sum, s) => sum + s.notes.length, 0);
	const showAll = total <= budget;
	const current = sectionIndexOf(sections, currentSlug);
	return sections.map((section, s) => {
		const isCurrent = s === current;
		const open = showAll || isCurrent;
		let notes: N[] = open ? section.notes : [];
		let truncated = false;
		if (open && !showAll && notes.length > window) {
			const i = notes.findIndex((n) => n.slug === currentSlug);
			const start = Math.max(0, Math.min(i - Math.floor(window / 2), notes.length - window));
			notes = notes.slice(start, start + window);
			truncated = true;
		}
		return {
			name: section.name,
			slug: section.slug,
			total: section.notes.length,
			open,
			truncated,
			links: notes.map((n) => ({
				slug: n.slug,
				title: n.title,
				current: n.slug === currentSlug,
				hash: n.hash,
			})),
		};
	});
}
