import type { APIRoute, GetStaticPaths } from 'astro';
import { allNotes, type Note } from '../../content';
import { markdownTwin } from '../../lib/seo/markdown-twin';
import { siteRoot } from '../../lib/seo/site-files';
import { noteHref } from '../../lib/url';

export const getStaticPaths = (async () => {
	const notes = await allNotes();
	return notes.map((note) => ({ params: { slug: note.slug }, props: { note } }));
}) satisfies GetStaticPaths;

/** The Markdown twin of a note, for readers who feed notes to tools. */
export const GET: APIRoute<{ note: Note }> = ({ props: { note }, site }) => {
	const base = import.meta.env.BASE_URL;
	const root = siteRoot(site!, base);
	const text = markdownTwin({
		title: note.title,
		description: note.description,
		section: note.section,
		tags: note.tags,
		lastUpdated: note.lastUpdated,
		url: new URL(noteHref(note.slug, base), root).href,
		root,
		body: note.entry.body ?? '',
	});
	return new Response(text, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
