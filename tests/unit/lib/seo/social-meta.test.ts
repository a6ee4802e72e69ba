import { expect, test } from 'vitest';
import { socialMeta, type SocialMetaInput } from '../../../../src/lib/seo/social-meta';

const page: SocialMetaInput = {
	title: 'The Dockerfile',
	description: 'Every instruction.',
	url: 'https://example.org/notes/dockerfile/',
	siteName: 'Docker Notes',
	type: 'website',
	image: { url: 'https://example.org/social.png', width: 1200, height: 630, alt: 'Docker Notes' },
};
const content = (tags: ReturnType<typeof socialMeta>, key: string) =>
	tags.filter((t) => t.key === key).map((t) => t.content);

test('describes a page with Open Graph properties and a large X card', () => {
	const tags = socialMeta(page);
	expect(content(tags, 'og:title')).toEqual(['The Dockerfile']);
	expect(content(tags, 'og:url')).toEqual(['https://example.org/notes/dockerfile/']);
	expect(content(tags, 'og:image')).toEqual(['https://example.org/social.png']);
	expect(content(tags, 'og:image:width')).toEqual(['1200']);
	expect(tags.find((t) => t.key === 'og:title')?.attribute).toBe('property');
	expect(tags.find((t) => t.key === 'twitter:card')).toEqual({
		attribute: 'name',
		key: 'twitter:card',
		content: 'summary_large_image',
	});
});

test('adds the modified time, section and one tag element per tag to an article only', () => {
	const extra = {
		modified: new Date('2026-11-28T10:00:00Z'),
		section: 'Building images',
		tags: ['dockerfile', 'build'],
	};
	const article = socialMeta({ ...page, type: 'article', ...extra });
	expect(content(article, 'og:type')).toEqual(['article']);
	expect(content(article, 'article:modified_time')).toEqual(['2026-11-28T10:00:00.000Z']);
	expect(content(article, 'article:section')).toEqual(['Building images']);
	expect(content(article, 'article:tag')).toEqual(['dockerfile', 'build']);
	const website = socialMeta({ ...page, ...extra });
	expect(website.some((t) => t.key.startsWith('article:'))).toBe(false);
});

test('a page without an address of its own (the 404 page) gets no og:url', () => {
	expect(content(socialMeta({ ...page, url: undefined }), 'og:url')).toEqual([]);
});
