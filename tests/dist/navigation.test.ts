// The links that walk the notes, read from the built pages: the learning path's Next links and
// each note's table of contents. A browser follows the same links; clicking them (focus, scroll,
// the URL) is left to tests/e2e/navigation.test.ts and keyboard.test.ts.
import { Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';
import { beforeAll, expect, test } from 'vitest';
import { readDist, sourceNotes } from '../built-site';

const notes = sourceNotes();
let parser: Parser;
beforeAll(async () => {
	parser = new Parser(await new StaticConfigLoader({ extends: [] }).getConfigFor('page.html'));
});

/** The built page at a site path such as `/notes/compose/`. */
const pageAt = (path: string) => parser.parseHtml(readDist(`${path.slice(1)}index.html`));
const text = (element: HtmlElement) => element.textContent.replace(/\s+/g, ' ').trim();

/** The learning path's Next link of a page, if it has one. */
function nextOf(page: HtmlElement): string | undefined {
	return (
		page
			.querySelectorAll('nav[aria-label="Learning path"] a')
			.find((a) => /^Next/.test(text(a)))
			?.getAttributeValue('href') ?? undefined
	);
}

test('following Next from the first note of the home page visits every note exactly once', () => {
	const first = pageAt('/').querySelector('main ol a')?.getAttributeValue('href');
	expect(first).toMatch(/^\/notes\//);
	const seen: string[] = [];
	for (let path = first ?? undefined; path; path = nextOf(pageAt(path))) {
		seen.push(path);
		expect(seen.length, seen.join(' → ')).toBeLessThanOrEqual(notes.length);
	}
	expect(seen.length).toBe(notes.length);
	expect(new Set(seen)).toEqual(new Set(notes.map((n) => `/notes/${n.slug}/`)));
});

test('every table-of-contents link of every note names a heading of that page with its text', () => {
	let links = 0;
	for (const note of notes) {
		const page = pageAt(`/notes/${note.slug}/`);
		const toc = page.querySelectorAll('nav.dn-toc a');
		if (note.slug === 'dockerfile') expect(toc.length).toBeGreaterThan(5);
		for (const link of toc) {
			const hash = link.getAttributeValue('href') ?? '';
			expect(hash, note.slug).toMatch(/^#./);
			const id = decodeURIComponent(hash.slice(1));
			const heading = page.querySelectorAll('h2, h3, h4').find((h) => h.id === id);
			expect(heading, `${note.slug}: ${hash}`).toBeDefined();
			expect(text(heading!), `${note.slug}: ${hash}`).toBe(text(link));
			links++;
		}
	}
	expect(links).toBeGreaterThan(notes.length * 3);
});
