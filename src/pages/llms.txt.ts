import type { APIRoute } from 'astro';
import { learningPath } from '../content';
import { SITE_DESCRIPTION, SITE_TITLE } from '../consts';
import { llmsTxt } from '../lib/seo/llms-txt';
import { siteRoot } from '../lib/seo/site-files';
import { noteMarkdownHref } from '../lib/url';

/** llms.txt: every note's Markdown twin with its description, section by section. */
export const GET: APIRoute = async ({ site }) => {
	const base = import.meta.env.BASE_URL;
	const root = siteRoot(site!, base);
	const sections = (await learningPath()).map((section) => ({
		name: section.name,
		notes: section.notes.map((n) => ({
			title: n.title,
			description: n.description,
			markdownUrl: new URL(noteMarkdownHref(n.slug, base), root).href,
		})),
	}));
	const details = [
		'Notes for learning Docker, in learning-path order. Each link is the Markdown source of a note;',
		`its web page is the same URL without \`.md\` and with a trailing slash. Every Dockerfile and`,
		'Compose example in the notes is checked when the site is built.',
	].join(' ');
	return new Response(
		llmsTxt({ title: SITE_TITLE, description: SITE_DESCRIPTION, details, sections }),
		{
			headers: { 'Content-Type': 'text/plain; charset=utf-8' },
		}
	);
};
