import { describe, expect, test } from 'vitest';
import { scopeNoteHtml, scopedId } from '../../../../src/lib/print/scope-ids';

const slugs = new Set(['compose', 'glossary']);

describe('scopeNoteHtml', () => {
	test('prefixes every id and the references to it with the note slug', () => {
		const html =
			'<h2 id="check-yourself">Check yourself<a class="dn-anchor" href="#check-yourself" aria-labelledby="check-yourself"></a></h2>';
		expect(scopeNoteHtml(html, 'compose', '/', slugs)).toBe(
			'<h2 id="compose--check-yourself">Check yourself<a class="dn-anchor" href="#compose--check-yourself" aria-labelledby="compose--check-yourself"></a></h2>'
		);
	});

	test('scopes each id of a list such as aria-labelledby="a b"', () => {
		expect(scopeNoteHtml('<svg aria-labelledby="t d">', 'compose', '/', slugs)).toBe(
			'<svg aria-labelledby="compose--t compose--d">'
		);
	});

	test('points links to notes of the module inside the page, with or without a heading', () => {
		const html = '<a href="/notes/glossary/#tag">tag</a> <a href="/notes/glossary/">glossary</a>';
		expect(scopeNoteHtml(html, 'compose', '/', slugs)).toBe(
			'<a href="#glossary--tag">tag</a> <a href="#glossary">glossary</a>'
		);
	});

	test('honours the base path a sub-path deployment uses', () => {
		expect(scopeNoteHtml('<a href="/docs/notes/glossary/#tag">', 'compose', '/docs/', slugs)).toBe(
			'<a href="#glossary--tag">'
		);
		// Without the base the link does not point to a note of this site.
		expect(scopeNoteHtml('<a href="/notes/glossary/">', 'compose', '/docs/', slugs)).toBe(
			'<a href="/notes/glossary/">'
		);
	});

	test('leaves links outside the module as they are', () => {
		const html =
			'<a href="https://docs.docker.com/">docs</a> <a href="/notes/unknown/">x</a> <a href="/notes/compose.md">md</a> <a href="/progress/">p</a>';
		expect(scopeNoteHtml(html, 'compose', '/', slugs)).toBe(html);
	});

	test('gives the same heading id in two notes two different anchors', () => {
		const a = scopeNoteHtml('<h2 id="check-yourself">', 'compose', '/', slugs);
		const b = scopeNoteHtml('<h2 id="check-yourself">', 'glossary', '/', slugs);
		expect(a).not.toBe(b);
		expect(a).toContain(scopedId('compose', 'check-yourself'));
	});
});
