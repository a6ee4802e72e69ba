import { expect, test } from 'vitest';
import { decodeEntities, scanHtml } from '../../../../src/lib/site-check/html-refs';

test('finds the URLs of links, assets, srcset candidates and link-preview tags', () => {
	const html = [
		'<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script>',
		'<meta property="og:image" content="https://x.org/social.png"><meta name="description" content="/not/a/url">',
		'<a href="/notes/a/#b">A</a> <img src=/i.png srcset="/i-1x.png 1x, /i-2x.png 2x" alt="">',
	].join('\n');
	expect(scanHtml(html).refs.map((r) => `${r.line} ${r.tag}[${r.attribute}] ${r.value}`)).toEqual([
		'1 link[href] /_astro/a.css',
		'1 script[src] /_astro/b.js',
		'2 meta[content] https://x.org/social.png',
		'3 a[href] /notes/a/#b',
		'3 img[src] /i.png',
		'3 img[srcset] /i-1x.png',
		'3 img[srcset] /i-2x.png',
	]);
});

test('collects ids and named anchors as the fragments a page offers', () => {
	const { anchors } = scanHtml(
		'<h2 id="build-cache">B</h2><a name="legacy"></a><div name="not-an-anchor"></div>'
	);
	expect([...anchors]).toEqual(['build-cache', 'legacy']);
});

test('ignores what looks like markup inside scripts, styles and comments, and keeps line numbers', () => {
	const html = [
		'<script>',
		'const s = \'<a href="/nowhere/">x</a>\';',
		'</script><style>a::after { content: "<img src=/x.png>"; }</style>',
		'<!-- <a href="/commented/">c</a> -->',
		'<a href="/real/">r</a>',
	].join('\n');
	expect(scanHtml(html).refs).toEqual([{ tag: 'a', attribute: 'href', value: '/real/', line: 5 }]);
});

test('reads attribute values that hold > and character references', () => {
	const { refs } = scanHtml('<a title="a > b" href="/search/?q=a&amp;b=c">x</a>');
	expect(refs[0]?.value).toBe('/search/?q=a&b=c');
	expect(decodeEntities('&#39;&#x41;&quot;&unknown;')).toBe('\'A"&unknown;');
});
