import type { APIRoute } from 'astro';
import { allNotes } from '../content';
import { noteSearchMeta } from '../lib/search/note-search-meta';
import { buildVocabulary } from '../lib/search/vocabulary';

// The words of every note (prose, headings, code, title, tags and synonyms) with their counts.
// The search dialog fetches it once opened, to correct mistyped query words.
export const GET: APIRoute = async () => {
	const texts = (await allNotes()).flatMap((note) => {
		const { title, description, tags } = note.entry.data;
		const { keywords } = noteSearchMeta({ title, tags, section: note.section });
		return [title, description, keywords.join(' '), note.entry.body ?? ''];
	});
	return new Response(JSON.stringify(buildVocabulary(texts)), {
		headers: { 'content-type': 'application/json' },
	});
};
