// Every note of content/notes is built into a page with what every note must show. The
// pages are parsed with html-validate's parser, the one the validity test uses.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';
import { beforeAll, expect, test } from 'vitest';
import { DIST, readDist, sourceNotes } from '../built-site';

let parser: Parser;
beforeAll(async () => {
	parser = new Parser(await new StaticConfigLoader({ extends: [] }).getConfigFor('page.html'));
});

/** Whether an element and every ancestor are shown (no `hidden` attribute on the way up). */
function shown(element: HtmlElement | null): boolean {
	for (let node: HtmlElement | null = element; node; node = node.parent)
		if (node.hasAttribute('hidden')) return false;
	return element !== null;
}

test.for(sourceNotes())(
	'$file renders with its title, last update and a Check yourself section',
	(note) => {
		const file = `notes/${note.slug}/index.html`;
		expect(existsSync(join(DIST, file)), `dist/${file}`).toBe(true);
		const page = parser.parseHtml(readDist(file));
		expect(page.querySelectorAll('h1').map((h) => h.textContent.trim())).toEqual([note.title]);
		// The date of the last commit that touched the file (the build reads git history).
		const time = page.querySelector('.dn-note-meta time');
		expect(shown(time)).toBe(true);
		expect(Date.parse(time!.getAttributeValue('datetime') ?? '')).not.toBeNaN();
		const h2 = page.querySelectorAll('.dn-prose h2').map((h) => h.textContent.trim());
		expect(h2).toContain('Check yourself');
		expect(shown(page.querySelector('.dn-prose details'))).toBe(true);
	}
);

test('the check above sees a missing section and a hidden element', () => {
	const page = parser.parseHtml(
		'<div class="dn-prose"><h2>Other</h2><div hidden><details></details></div></div>'
	);
	expect(page.querySelectorAll('.dn-prose h2').map((h) => h.textContent.trim())).not.toContain(
		'Check yourself'
	);
	expect(shown(page.querySelector('.dn-prose details'))).toBe(false);
	expect(shown(page.querySelector('.dn-note-meta time'))).toBe(false);
});
