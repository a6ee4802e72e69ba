import { describe, expect, test } from 'vitest';
import { checkNotePolicy } from '../../../../src/lib/content-policy';
import { tree } from '../content-check/helpers';

const FILE = 'content/notes/x/note.mdx';
const SVG_OK =
	'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#123"/></svg>';
const files: Record<string, string> = {
	'content/notes/x/ok.svg': SVG_OK,
	'content/notes/x/evil.svg':
		'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>',
};
const check = (text: string) =>
	checkNotePolicy(tree(text), {
		file: FILE,
		contentDir: 'content',
		source: text,
		readFile: (p) => (p in files ? new TextEncoder().encode(files[p]) : undefined),
	});
const rules = (text: string) => check(text).map((d) => `${d.line}:${d.column} ${d.rule}`);

describe('code that would run at build time', () => {
	test('reports import and export at their lines', () => {
		expect(
			rules("Intro.\n\nimport { readFileSync } from 'node:fs'\n\nexport const x = 1\n")
		).toEqual(['3:1 mdx-import', '5:1 mdx-import']);
		expect(check('export const x = 1\n')[0]?.message).toContain('may not `export`');
	});

	test('reports expressions in flow, in text, in attributes and spreads', () => {
		expect(
			rules(
				'{process.env.TOKEN}\n\nText {1 + 1} here.\n\n<a href={url}>x</a>\n\n<b {...props}>y</b>\n'
			)
		).toEqual([
			'1:1 mdx-expression',
			'3:6 mdx-expression',
			'5:1 mdx-expression',
			'7:1 mdx-expression',
		]);
	});

	test('allows an expression that is only comments, and its twin with code hidden between comment markers is refused', () => {
		expect(
			check('{/* a comment for editors */}\n\nText {/* inline */} here.\n\n{/* a */ /* b */}\n')
		).toEqual([]);
		expect(rules('{// /*\nprocess.exit(1)\n// */\n}\n')).toEqual(['1:1 mdx-expression']);
		expect(rules('{/* a */ process.exit(1) /* b */}\n')).toEqual(['1:1 mdx-expression']);
	});

	test('refuses Astro directives written as plain attributes, whatever their case', () => {
		const text =
			'<p set:html="<meta http-equiv=refresh content=0;url=//evil.test>">x</p>\n\n<span SET:TEXT="y">z</span>\n\n<div is:raw>a</div>\n\n<div client:load>b</div>\n\n<div define:vars="c">d</div>\n';
		expect(rules(text)).toEqual([
			'1:1 mdx-directive',
			'3:1 mdx-directive',
			'5:1 mdx-directive',
			'7:1 mdx-directive',
			'9:1 mdx-directive',
		]);
		expect(check(text)[0]?.message).toContain('insert its value as raw HTML');
	});
});

describe('HTML in prose', () => {
	test('reports elements outside the allowlist whatever their case, and components that do not exist', () => {
		expect(
			rules(
				'<script>alert(1)</script>\n\n<IFRAME src="https://x.test"></IFRAME>\n\n<Callout>Hi</Callout>\n\n<svg:a />\n\n<Foo.Bar />\n'
			)
		).toEqual([
			'1:1 mdx-element',
			'3:1 mdx-element',
			'5:1 mdx-component',
			'7:1 mdx-component',
			'9:1 mdx-component',
		]);
		expect(check('<Callout>Hi</Callout>\n')[0]?.message).toContain('there are none yet');
		// An element nested in an allowed one is judged all the same.
		expect(
			rules(
				'<details>\n<summary>x</summary>\n\n<div><span><object data="x"></object></span></div>\n\n</details>\n'
			)
		).toEqual(['4:12 mdx-element']);
	});

	test('reports every on* attribute, in any case', () => {
		expect(
			rules(
				'<img src="/a.png" alt="A" onerror="alert(1)" />\n\nSee <span ONMOUSEOVER="x">this</span>.\n'
			)
		).toEqual(['1:1 mdx-event-attribute', '3:5 mdx-event-attribute']);
	});

	test('refuses the style attribute and a second h1, and allows their plain twins', () => {
		expect(rules('<span style="position:fixed">x</span>\n\n<h1>Second title</h1>\n')).toEqual([
			'1:1 mdx-style',
			'3:1 mdx-h1',
		]);
		expect(check('<span title="x">x</span>\n\n<h2 id="part">Part</h2>\n')).toEqual([]);
	});

	test('compares attribute names as the browser does, and refuses URL attributes that are not allowed', () => {
		const text =
			'<a HREF="javascript:alert(1)">a</a>\n\n<a xlink:href="/x">b</a>\n\n<a formaction="/x">c</a>\n\n<a hRef="/notes/x/">d</a>\n';
		expect(rules(text)).toEqual(['1:1 mdx-url-scheme', '3:1 mdx-attribute', '5:1 mdx-attribute']);
	});

	test('refuses attributes the sanitizer schema does not list', () => {
		expect(
			rules('<div class="dn-header">x</div>\n\n<span data-x="1">y</span>\n\n<p name="x">z</p>\n')
		).toEqual(['1:1 mdx-attribute', '3:1 mdx-attribute', '5:1 mdx-attribute']);
		expect(
			check(
				'<td colspan="2">x</td>\n\n<abbr title="Domain Name System">DNS</abbr>\n\n<details open>\n<summary>s</summary>\n\nt\n\n</details>\n'
			)
		).toEqual([]);
	});
});

describe('URLs', () => {
	test('reports script URLs in Markdown links, definitions and attributes, however spaced, cased or encoded', () => {
		const text =
			'[a](javascript:alert(1))\n\n[c]: data:text/html,<b>x</b>\n\n<a href=" JaVa\tScRiPt:alert(1)">d</a>\n\n[e](&#106;avascript:x)\n\n<a href="&#x6A;avascript:x">f</a>\n';
		expect(rules(text)).toEqual([
			'1:1 mdx-url-scheme',
			'3:1 mdx-url-scheme',
			'5:1 mdx-url-scheme',
			'7:1 mdx-url-scheme',
			'9:1 mdx-url-scheme',
		]);
	});

	test('allows https, mailto and site links, and a colon after the path', () => {
		expect(
			check(
				'[a](https://docs.docker.com/) [b](mailto:x@example.org) [c](/notes/x/) [d](./a:b) [e](/notes/javascript:x/)\n'
			)
		).toEqual([]);
	});

	test('allows data: URLs only for raster images', () => {
		expect(
			rules(
				'<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="x" />\n\n<img src="data:image/png;base64,iVBORw0KGgo=" alt="y" />\n'
			)
		).toEqual(['1:1 mdx-url-scheme']);
	});

	test('refuses a remote <img> with the CSP reason, and a relative one that would break', () => {
		expect(
			rules(
				'<img src="https://x.test/a.png" alt="a" />\n\n<img src="//x.test/a.png" alt="b" />\n\n<img src="./a.png" alt="c" />\n'
			)
		).toEqual(['1:1 image-remote', '3:1 image-remote', '5:1 image-html']);
		expect(check('<img src="https://x.test/a.png" alt="a" />\n')[0]?.message).toContain(
			'Content-Security-Policy'
		);
	});

	test('reports a reference link with no definition; its defined and escaped twins are fine', () => {
		expect(rules('See [the docs][missing] and [this][].\n')).toEqual([
			'1:1 link-reference',
			'1:1 link-reference',
		]);
		expect(
			check('See [the docs][docs] and \\[not\\]\\[a link\\].\n\n[docs]: https://docs.docker.com/\n')
		).toEqual([]);
	});
});

describe('images', () => {
	test('refuses a script or other file used as an image, and files outside content/', () => {
		expect(
			rules(
				'![a](./evil.js)\n\n![b](../../../etc/passwd.png)\n\n![c](/etc/hosts.png)\n\n![d](./x.png?raw)\n\n![e](./x.png#frag)\n\n![f](./x%3Fraw.png)\n'
			)
		).toEqual([
			'1:1 image-type',
			'3:1 image-path',
			'5:1 image-path',
			'7:1 image-path',
			'9:1 image-path',
			'11:1 image-path',
		]);
	});

	test('refuses remote images with the CSP reason', () => {
		expect(rules('![a](https://x.test/a.png)\n\n![b](//x.test/a.png)\n')).toEqual([
			'1:1 image-remote',
			'3:1 image-remote',
		]);
	});

	test('allows image files inside content/, in any letter case, and raster data: URLs', () => {
		expect(
			check(
				'![a](./a.png) ![b](../images/b.JPG) ![c](c.webp) ![d](data:image/gif;base64,R0lGOD==) ![e](./ok.svg)\n'
			)
		).toEqual([]);
	});

	test('refuses an SVG image with script, and the same through a reference', () => {
		expect(rules('![a](./evil.svg)\n\n![b][e]\n\n[e]: ./evil.svg\n')).toEqual([
			'1:1 image-svg',
			'3:1 image-svg',
		]);
		expect(check('![a](./evil.svg)\n')[0]?.message).toMatch(
			/content\/notes\/x\/evil\.svg.*line 1: `onload`.*\(and 1 more\)/
		);
	});
});

test('refuses a tree nested deeper than the limit without overflowing the stack', () => {
	const deep = { type: 'root', children: [] as unknown[] };
	let at = deep;
	for (let i = 0; i < 20_000; i++) {
		const next = {
			type: 'blockquote',
			position: { start: { line: 1, column: i + 1 } },
			children: [] as unknown[],
		};
		at.children.push(next);
		at = next;
	}
	expect(
		checkNotePolicy(deep as never, { file: FILE, contentDir: 'content' }).map((p) => p.rule)
	).toEqual(['nesting-depth']);
});

test('the same text in code blocks and inline code is text, and safe HTML is fine', () => {
	const text = [
		'Use `<script>`, `onerror=`, `javascript:`, `{}`, `<Angle />` and `import x from "y"` as text.',
		'',
		'```html',
		'<script>alert(1)</script>',
		'<img onerror="x" src="javascript:y">',
		'<Angle /> {process.exit(1)}',
		'```',
		'',
		'```js',
		"import fs from 'node:fs'",
		'export const a = {b}',
		'```',
		'',
		'<details>',
		'<summary>Why?</summary>',
		'',
		'Press <kbd>Ctrl</kbd>+<kbd>C</kbd>; <abbr title="Domain Name System">DNS</abbr>.',
		'',
		'</details>',
		'',
	].join('\n');
	expect(check(text)).toEqual([]);
});

test('a numeric character reference without its semicolon, which browsers still decode, cannot hide a script URL', () => {
	expect(
		rules('<a href="&#0000106avascript:alert(1)">x</a>\n\n<a href="&#x6aavascript:x">y</a>\n')
	).toEqual(['1:1 mdx-url-scheme', '3:1 mdx-url-scheme']);
	expect(check('<a href="/notes/x/?a=1&b=2">z</a>\n')).toEqual([]);
});

test("an id that takes the site's own `dn-` prefix or is not a plain word is refused; a plain id passes", () => {
	expect(rules('<div id="dn-sidebar">x</div>\n\n<span id="a b">y</span>\n')).toEqual([
		'1:1 mdx-attribute',
		'3:1 mdx-attribute',
	]);
	expect(check('<div id="build-cache">x</div>\n')).toEqual([]);
});

test('an image that is a symbolic link is refused; the regular file passes', () => {
	const status = (path: string) =>
		(path.endsWith('linked.png') ? 'refused' : 'file') as 'refused' | 'file';
	const run = (text: string) =>
		checkNotePolicy(tree(text), { file: FILE, contentDir: 'content', fileStatus: status }).map(
			(p) => p.rule
		);
	expect(run('![a](./linked.png)\n')).toEqual(['image-path']);
	expect(run('![a](./real.png)\n')).toEqual([]);
});

test('a raster image whose bytes are not of its type (an HTML or SVG file named .png) is refused; a real PNG passes', () => {
	const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
	const bytes: Record<string, Uint8Array> = {
		'content/notes/x/real.png': png,
		'content/notes/x/fake.png': new TextEncoder().encode('<svg onload=alert(1)>'),
	};
	const run = (text: string) =>
		checkNotePolicy(tree(text), {
			file: FILE,
			contentDir: 'content',
			readFile: (p) => bytes[p],
		}).map((p) => p.rule);
	expect(run('![a](./fake.png)\n')).toEqual(['image-content']);
	expect(run('![a](./real.png)\n')).toEqual([]);
});

test('a JSX fragment, a namespaced element and a custom element are refused; a plain element holding them is judged all the same', () => {
	expect(rules('<>x</>\n\n<p>y <x-widget>z</x-widget></p>\n\n<kbd>{"a"}</kbd>\n')).toEqual([
		'1:1 mdx-fragment',
		'3:6 mdx-element',
		'5:6 mdx-expression',
	]);
	expect(check('<p>y <kbd>z</kbd></p>\n')).toEqual([]);
});

test('two spellings of one attribute are each judged: a safe href does not cover an unsafe HREF', () => {
	expect(rules('<a href="/notes/x/" HREF="javascript:alert(1)">x</a>\n')).toEqual([
		'1:1 mdx-url-scheme',
	]);
});
