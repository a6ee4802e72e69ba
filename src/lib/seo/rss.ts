import { noteHref } from '../url.ts';
/** A note as the feed needs it. */
export interface FeedNote {
	slug: string;
	title: string;
	description: string;
	lastUpdated?: Date | undefined;
	section?: string | undefined;
	tags?: readonly string[] | undefined;
}

/** One RSS item, in the shape `@astrojs/rss` takes. */
export interface FeedItem {
	title: string;
	link: string;
	description: string;
	pubDate?: Date;
	categories: string[];
}

/** Notes newest update first; notes with no known date go last, in their given order. */
export function byLastUpdate<N extends FeedNote>(notes: readonly N[]): N[] {
	const time = (n: N) => n.lastUpdated?.getTime() ?? Number.NEGATIVE_INFINITY;
	// Array.prototype.sort is stable, so undated notes keep the learning path's order.
	return [...notes].sort((a, b) => (time(a) === time(b) ? 0 : time(b) - time(a)));
}

/** The feed's items: every note by last update, linked by its page path under `base`. */
export function feedItems(notes: readonly FeedNote[], base: string): FeedItem[] {
	return byLastUpdate(notes).map((note) => ({
		title: note.title,
		link: noteHref(note.slug, base),
		description: note.description,
		...(note.lastUpdated ? { pubDate: note.lastUpdated } : {}),
		categories: [...(note.section ? [note.section] : []), ...(note.tags ?? [])],
	}));
}
