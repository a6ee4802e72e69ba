import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { noteSchema } from './lib/content/note-schema.ts';
import { createSlugRegistry, noteSlug } from './lib/content/slug.ts';
import { NOTES_DIR } from './consts.ts';

const slugs = createSlugRegistry();

const notes = defineCollection({
	// Notes live outside src/ by design; `_`-prefixed files are partials, not pages.
	loader: glob({
		base: `./${NOTES_DIR}`,
		pattern: '**/[^_]*.mdx',
		// The glob loader only warns about a duplicate id and keeps one of the notes; we fail instead.
		generateId: ({ entry, data }) => slugs.claim(noteSlug(entry, data), `${NOTES_DIR}/${entry}`),
	}),
	schema: noteSchema,
});

export const collections = { notes };
