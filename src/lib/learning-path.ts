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

/** Where each note sits in a learning path: its place in reading order and its section. */
interface PathIndex<N extends PathNote> {
	notes: N[];
	place: Map<string, { at: number; section: number }>;
}

const indexes = new WeakMap<readonly PathSection[], PathIndex<PathNote>>();

/**
 * The path's notes in reading order, and each slug's place in them, worked out once per path:
 * every note page of a build asks about the same path, so a page costs a lookup, not a walk
 * of every note.
 */
function pathIndex<N extends PathNote>(path: readonly PathSection<N>[]): PathIndex<N> {
	let index = indexes.get(path) as PathIndex<N> | undefined;
	if (!index) {
		const notes = path.flatMap((section) => section.notes);
		const place = new Map<string, { at: number; section: number }>();
		let at = 0;
		path.forEach((section, s) => {
			for (const note of section.notes) place.set(note.slug, { at: at++, section: s });
		});
		index = { notes, place };
		indexes.set(path, index as PathIndex<PathNote>);
	}
	return index;
}

/** The index of the section of the path that holds `slug`, or -1. */
export function sectionIndexOf(path: readonly PathSection[], slug: string | undefined): number {
	return slug === undefined ? -1 : (pathIndex(path).place.get(slug)?.section ?? -1);
}

/**
 * The notes before and after `slug` in the learning path (undefined at either end), across
 * section boundaries. The path is already in reading order (groupBySection), so every note
 * page finds its neighbours without sorting all the notes again.
 */
export function neighbours<N extends PathNote>(
	path: readonly PathSection<N>[],
	slug: string
): { prev: N | undefined; next: N | undefined } {
	const { notes, place } = pathIndex(path);
	const at = place.get(slug)?.at;
	if (at === undefined) return { prev: undefined, next: undefined };
	return { prev: notes[at - 1], next: notes[at + 1] };
}

/** Each section's slugs in reading order, keyed by section slug: what a progress count needs. */
export function slugsBySection(sections: readonly PathSection[]): Record<string, string[]> {
	return Object.fromEntries(sections.map((s) => [s.slug, s.notes.map((n) => n.slug)]));
}
