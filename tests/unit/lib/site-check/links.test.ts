import { expect, test } from 'vitest';
import {
	brokenLinks,
	checkRef,
	cssUrls,
	fileUrl,
	siteUrlsInText,
	urlFile,
	type SiteIndex,
} from '../../../../src/lib/site-check/links';

const root = new URL('https://x.org/docs/');
const site: SiteIndex = {
	root,
	files: new Set(['index.html', 'notes/a/index.html', 'notes/a.md', '_astro/s.css', '404.html']),
	anchors: new Map([
		['notes/a/index.html', new Set(['build-cache', '-v-or-mount', 'café'])],
		['index.html', new Set(['dn-main'])],
	]),
};

test('maps built files to URLs and back, under the deploy base', () => {
	expect(fileUrl('notes/a/index.html', root).href).toBe('https://x.org/docs/notes/a/');
	expect(fileUrl('404.html', root).href).toBe('https://x.org/docs/404.html');
	expect(urlFile(new URL('https://x.org/docs/notes/a/'), root)).toBe('notes/a/index.html');
	expect(urlFile(new URL('https://x.org/docs/'), root)).toBe('index.html');
	expect(urlFile(new URL('https://x.org/other/'), root)).toBeUndefined();
	expect(urlFile(new URL('https://y.org/docs/'), root)).toBeUndefined();
});

test('accepts links to pages, assets and anchors that exist, relative or absolute', () => {
	for (const value of [
		'/docs/notes/a/',
		'/docs/notes/a/#build-cache',
		'#dn-main',
		'notes/a/#-v-or-mount',
		'/docs/notes/a/#caf%C3%A9',
		'https://x.org/docs/notes/a.md',
		'/docs/_astro/s.css?v=1',
		'https://docs.docker.com/',
		'mailto:a@x.org',
	]) {
		expect(checkRef(value, 'index.html', site), value).toBeUndefined();
	}
});

test('reports a missing page, a missing trailing slash, a missing anchor and an empty href', () => {
	expect(checkRef('/docs/notes/b/', 'index.html', site)).toBe(
		'no file notes/b/index.html in dist/'
	);
	expect(checkRef('/docs/notes/a', 'index.html', site)).toBe(
		'no file notes/a in dist/ (did you mean /docs/notes/a/?)'
	);
	expect(checkRef('/docs/notes/a/#nope', 'index.html', site)).toBe(
		'no element with id "nope" on /docs/notes/a/'
	);
	expect(checkRef('#', 'index.html', site)).toBe('empty fragment "#"');
	expect(checkRef('', 'index.html', site)).toBe('empty URL');
	// A page outside the base is outside the site: it is not ours to check.
	expect(checkRef('/notes/a/', 'index.html', site)).toBeUndefined();
});

test('resolves relative links against the page that holds them', () => {
	expect(checkRef('../a/#build-cache', 'notes/a/index.html', site)).toBeUndefined();
	expect(checkRef('b/', 'notes/a/index.html', site)).toBe('no file notes/a/b/index.html in dist/');
});

test('keeps only the broken references, with where they were found', () => {
	const sources = [
		{ file: 'index.html', line: 3, where: 'a[href]', value: '/docs/notes/a/' },
		{ file: 'index.html', line: 4, where: 'a[href]', value: '/docs/gone/' },
	];
	expect(brokenLinks(sources, site)).toEqual([
		{ ...sources[1], reason: 'no file gone/index.html in dist/' },
	]);
});

test("finds this site's absolute URLs in text files and url() references in CSS", () => {
	const text =
		'See https://x.org/docs/notes/a.md.\n- [b](https://x.org/docs/notes/a/#build-cache): yes\nhttps://docs.docker.com/';
	expect(siteUrlsInText(text, root)).toEqual([
		{ value: 'https://x.org/docs/notes/a.md', line: 1 },
		{ value: 'https://x.org/docs/notes/a/#build-cache', line: 2 },
	]);
	expect(
		cssUrls(
			'a{background:url("/docs/i.png")}\nb{mask:url(data:image/svg+xml;x)}\nc{filter:url(#f)}'
		)
	).toEqual([{ value: '/docs/i.png', line: 1 }]);
});

test('a key=value fragment is page state for a script, not an anchor; a plain missing anchor still fails', () => {
	expect(checkRef('/docs/notes/a/#code=N4IgLiBcIG4K', 'index.html', site)).toBeUndefined();
	expect(checkRef('/docs/notes/a/#code', 'index.html', site)).toBe(
		'no element with id "code" on /docs/notes/a/'
	);
	expect(checkRef('/docs/notes/b/#code=x', 'index.html', site)).toBe(
		'no file notes/b/index.html in dist/'
	);
});
