// The reading pages' JavaScript budget, on the build itself: what a note page runs before the
// reader opens search (inline scripts, module scripts and what they import statically), gzipped.
// What loads on first use (search, the code blocks' keys and copy, progress before a first mark)
// is not counted: that is the point of loading it then. The bench reports the same figure.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { JS_BEFORE_SEARCH_GZ_BUDGET } from '../../src/lib/bench/budgets';
import { pageWeight, size } from '../../src/lib/bench/page-weight';
import { DIST, distFiles, htmlPages, readDist } from '../built-site';

const read = (path: string) => {
	const file = join(DIST, path);
	return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
};
const resolve = (ref: string, from: string) => {
	const url = new URL(ref, `http://site.invalid${from}`);
	return url.origin === 'http://site.invalid' ? decodeURIComponent(url.pathname) : undefined;
};
const jsGz = (html: string, path: string) => {
	const weight = pageWeight(html, read, resolve, path);
	return weight.js.gzip + weight.inlineJs.gzip;
};

// A note page is one with the note's "Mark as done" block.
const notePages = htmlPages().filter((file) => /<div\b[^>]*\bdata-note=/.test(readDist(file)));

test('the build has note pages to weigh', () => {
	expect(notePages.length).toBeGreaterThan(10);
});

test(`every note page runs at most ${JS_BEFORE_SEARCH_GZ_BUDGET / 1024} KB gz of JavaScript before search opens`, () => {
	const over = notePages
		.map((file) => ({ file, gz: jsGz(readDist(file), `/${file.replace(/index\.html$/, '')}`) }))
		.filter(({ gz }) => gz > JS_BEFORE_SEARCH_GZ_BUDGET)
		.map(({ file, gz }) => `${file}: ${gz} bytes`);
	expect(over).toEqual([]);
});

test('the twin: a script the page fetches at once is weighed, so a page over budget fails', () => {
	const file = notePages.find((f) => readDist(f).includes('<figure class="dn-code'))!;
	const html = readDist(file);
	const path = `/${file.replace(/index\.html$/, '')}`;
	// The code blocks' actions, which the page loads on first use: fetched at once, they count.
	const lazy = distFiles().find((f) => /^_astro\/code-actions-[\w-]+\.js$/.test(f));
	expect(lazy, "the build has the code blocks' actions script").toBeDefined();
	const eager = html.replace('</body>', `<script type="module" src="/${lazy}"></script></body>`);
	expect(jsGz(eager, path)).toBe(jsGz(html, path) + size(read(`/${lazy}`)!).gzip);
});
