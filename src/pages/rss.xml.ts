import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { allNotes } from '../content';
import { SITE_DESCRIPTION, SITE_TITLE } from '../consts';
import { feedItems } from '../lib/seo/rss';

/** The notes as an RSS feed, most recently updated first. */
export const GET: APIRoute = async ({ site }) => {
	const notes = (await allNotes()).map((n) => ({ ...n, tags: n.entry.data.tags }));
	return rss({
		title: SITE_TITLE,
		description: SITE_DESCRIPTION,
		site: site!,
		items: feedItems(notes, import.meta.env.BASE_URL),
		customData: '<language>en</language>',
	});
};
