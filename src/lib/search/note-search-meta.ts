import { synonymsFor } from './synonyms.ts';

/** What the index needs to know about a note beyond its text. */
export interface NoteSearchInput {
	title: string;
	tags: readonly string[];
	section: string | undefined;
}

/** How a note is indexed: its filters, its hidden keywords, and the weight of its body text. */
export interface NoteSearchMeta {
	/** Values of the `tag` filter. */
	tags: string[];
	/** Words the note is also found by (its tags and their synonyms), indexed as `keywords` metadata. */
	keywords: string[];
	/** `data-pagefind-weight` of the body, or `undefined` for Pagefind's default of 1. */
	bodyWeight: number | undefined;
}

/**
 * The section whose notes summarise all the others. The cheat sheet and the glossary mention
 * every command and term, so their text would outrank the note that teaches it.
 */
export const SUMMARY_SECTION = 'Reference';

/** Body weight of summary notes: a match there counts half as much as in a topic note. */
export const SUMMARY_BODY_WEIGHT = 0.5;

/** Decide how a note is indexed; summary notes keep their tags but get no synonyms. */
export function noteSearchMeta({ title, tags, section }: NoteSearchInput): NoteSearchMeta {
	const summary = section === SUMMARY_SECTION;
	const synonyms = summary ? [] : synonymsFor(title, tags);
	return {
		tags: [...tags],
		keywords: [...new Set([...tags, ...synonyms])],
		bodyWeight: summary ? SUMMARY_BODY_WEIGHT : undefined,
	};
}

/** The value of a `data-pagefind-meta` attribute that stores `value` inline under `key`. */
export function inlineMeta(key: string, value: string): string {
	// Pagefind reads `key:value` to the end of the attribute, so only newlines need removing.
	return `${key}:${value.replace(/\s+/g, ' ').trim()}`;
}
