import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../../src/lib/content-check/check-content';
import {
	assemblePrintPage,
	NOTE_BODY_END,
	NOTE_BODY_START,
	noteBody,
	placeholderSlugs,
	printPlaceholder,
} from '../../../../src/lib/print/assemble';

const page = (body: string) =>
	`<html><body><nav>menu</nav><div class="dn-prose">${NOTE_BODY_START}${body}${NOTE_BODY_END}</div><footer>Edit</footer></body></html>`;

describe('the printable page is filled from the built note pages', () => {
	test("a note's body is what lies between the markers, nothing of the page around it", () => {
		expect(noteBody(page('<h2 id="a">A</h2><p>Text</p>'), 'dist/notes/a/index.html')).toBe(
			'<h2 id="a">A</h2><p>Text</p>'
		);
	});

	test('a page without the markers, or with two bodies, is an error naming the file', () => {
		expect(() => noteBody('<html><p>Text</p></html>', 'dist/notes/a/index.html')).toThrow(
			/^dist\/notes\/a\/index\.html: the note's body is not marked once/
		);
		const twice = page('x').replace(NOTE_BODY_END, `${NOTE_BODY_END}${NOTE_BODY_START}`);
		expect(() => noteBody(twice, 'dist/notes/b/index.html')).toThrow('dist/notes/b/index.html');
	});

	test("each placeholder becomes its note's body, ids scoped and links kept inside the page", () => {
		const shell = `<main><article id="compose">${printPlaceholder('compose')}</article><article id="guides/glossary">${printPlaceholder('guides/glossary')}</article></main>`;
		expect(placeholderSlugs(shell)).toEqual(['compose', 'guides/glossary']);
		const bodies: Record<string, string> = {
			compose: '<h2 id="ports">Ports</h2><a href="/notes/guides/glossary/#tag">tag</a>',
			'guides/glossary': '<h2 id="tag">Tag</h2><a href="/notes/elsewhere/">out</a>',
		};
		expect(assemblePrintPage(shell, (slug) => bodies[slug]!, '/')).toBe(
			'<main><article id="compose"><h2 id="compose--ports">Ports</h2><a href="#guides/glossary--tag">tag</a></article>' +
				'<article id="guides/glossary"><h2 id="guides/glossary--tag">Tag</h2><a href="/notes/elsewhere/">out</a></article></main>'
		);
	});
});

test('a note cannot write a marker of its own: an HTML comment in a note is refused', () => {
	const text = `---\ntitle: A\ndescription: D.\n---\n\nText ${NOTE_BODY_END} more.\n`;
	const { diagnostics } = checkContent({
		notesDir: 'content/notes',
		files: [{ path: 'content/notes/a.mdx', bytes: new TextEncoder().encode(text) }],
		routes: { pages: new Set(['/']), dynamic: [] },
	});
	expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.line)).toEqual([6]);
});
