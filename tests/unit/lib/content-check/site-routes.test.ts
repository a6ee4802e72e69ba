import { expect, test } from 'vitest';
import { siteRoutes } from '../../../../src/lib/content-check/site-routes';

test('static pages, endpoints and public files become paths; notes and sections are left to the checker', () => {
	const { pages, dynamic } = siteRoutes(
		[
			'index.astro',
			'404.astro',
			'notes/index.astro',
			'notes/[...slug].astro',
			'sections/[section].astro',
			'tags/[tag].astro',
			'rss.xml.ts',
			'_draft.astro',
		],
		['favicon.svg', 'images/logo.png']
	);
	expect([...pages].sort()).toEqual([
		'/',
		'/404/',
		'/favicon.svg',
		'/images/logo.png',
		'/notes/',
		'/rss.xml',
	]);
	expect(dynamic.map(String)).toEqual(['/^\\/tags\\/[^/]+\\/$/']);
	expect(dynamic[0]?.test('/tags/docker/')).toBe(true);
});
