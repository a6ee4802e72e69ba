import { SECTIONS, UNSECTIONED, sectionSlug } from './content/sections.ts';

/** The little a learning path needs to know about a note. */
export interface PathNote {
	slug: string;
	title: string;
	description: string;
	section?: string | undefined;
	order?: number | undefined;
	/** The content hash (src/lib/content-hash.ts), when the page marks reading progress. */
	hash?: string | undefined;
}

/** A section of the learning path with its notes in reading order. */
export interface PathSection<N extends PathNote = PathNote> {
	name: string;
	slug: string;
	notes: N[];
}

function sectionRank(section: string | undefined): number {
	const i = SECTIONS.indexOf(section as (typeof SECTIONS)[number]);
	return i === -1 ? SECTIONS.length : i;
}

/** Sort notes into reading order: by section, then `order`, then title. */
export function sortNotes<N extends PathNote>(notes: readonly N[]): N[] {
	return [...notes].sort(
		(a, b) =>
			sectionRank(a.section) - sectionRank(b.section) ||
			(a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY) ||
			a.title.localeCompare(b.title, 'en') ||
			a.slug.localeCompare(b.slug, 'en')
	);
}

/** Group notes into the learning path's sections; empty sections are left out. */
export function groupBySection<N extends PathNote>(notes: readonly N[]): PathSection<N>[] {
	const groups = new Map<string, N[]>();
	for (const note of sortNotes(notes)) {
		const name = note.section ?? UNSECTIONED;
		const list = groups.get(name) ?? [];
		list.push(note);
		groups.set(name, list);
	}
	return [...groups].map(([name, list]) => ({ name, slug: sectionSlug(name), notes: list }));
}

/** The notes before and after `slug` in reading order (undefined at either end). */
export function neighbours<N extends PathNote>(
	notes: readonly N[],
	slug: string
): { prev: N | undefined; next: N | undefined } {
	const sorted = sortNotes(notes);
	const i = sorted.findIndex((n) => n.slug === slug);
	if (i === -1) return { prev: undefined, next: undefined };
	return { prev: sorted[i - 1], next: sorted[i + 1] };
}

/** Each section's slugs in reading order, keyed by section slug: what a progress count needs. */
export function slugsBySection(sections: readonly PathSection[]): Record<string, string[]> {
	return Object.fromEntries(sections.map((s) => [s.slug, s.notes.map((n) => n.slug)]));
}
