import { expect, test } from 'vitest';
import { byLastUpdate, feedItems } from '../../../../src/lib/seo/rss';

const note = (slug: string, date?: string) => ({
	slug,
	title: slug,
	description: `About ${slug}.`,
	lastUpdated: date ? new Date(date) : undefined,
});

test('orders notes by last update, newest first, undated last in their given order', () => {
	const notes = [
		note('a'),
		note('b', '2026-01-01'),
		note('c'),
		note('d', '2026-11-01'),
		note('e', '2026-06-01'),
	];
	expect(byLastUpdate(notes).map((n) => n.slug)).toEqual(['d', 'e', 'b', 'a', 'c']);
});

test('links each item under the base and files it under its section and tags', () => {
	const items = feedItems(
		[
			{ ...note('compose', '2026-11-01'), section: 'Running many containers', tags: ['compose'] },
			note('glossary'),
		],
		'/docker-notes/'
	);
	expect(items[0]).toEqual({
		title: 'compose',
		link: '/docker-notes/notes/compose/',
		description: 'About compose.',
		pubDate: new Date('2026-11-01'),
		categories: ['Running many containers', 'compose'],
	});
	expect(items[1]).not.toHaveProperty('pubDate');
});
