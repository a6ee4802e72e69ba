import { expect, test } from 'vitest';
import { editUrl, noteHref, noteMarkdownHref, withBase } from '../../../src/lib/url';

test('prefixes site-absolute paths with the base once', () => {
	expect(withBase('/notes/a/', '/')).toBe('/notes/a/');
	expect(withBase('/notes/a/', '/docker-notes/')).toBe('/docker-notes/notes/a/');
	expect(withBase('/docker-notes/notes/a/', '/docker-notes/')).toBe('/docker-notes/notes/a/');
	expect(withBase('https://x.org/', '/docker-notes/')).toBe('https://x.org/');
	expect(withBase('#top', '/docker-notes/')).toBe('#top');
	expect(noteHref('dockerfile', '/b/')).toBe('/b/notes/dockerfile/');
});

test("builds a note's Markdown twin URL beside its page, under the base", () => {
	expect(noteMarkdownHref('compose/volumes')).toBe('/notes/compose/volumes.md');
	expect(noteMarkdownHref('dockerfile', '/b/')).toBe('/b/notes/dockerfile.md');
});

test('builds the edit link of a file on a branch', () => {
	expect(editUrl('https://github.com/o/r/', 'main', './content/notes/a.mdx')).toBe(
		'https://github.com/o/r/edit/main/content/notes/a.mdx'
	);
});
