import { describe, expect, test } from 'vitest';
import { checkUnsafeMdx, isCommentOnly, isDangerousUrl } from '../../../../src/lib/content-check/unsafe-mdx';
import { tree } from './helpers';

const check = (text: string) => checkUnsafeMdx(tree(text), text, 'content/notes/x/note.mdx');
const rules = (text: string) => check(text).map((d) => `${d.line}:${d.column} ${d.rule}`);

describe('code that would run at build time', () => {
	test('reports import and export at their lines', () => {
		expect(rules("Intro.\n\nimport { readFileSync } from 'node:fs'\n\nexport const x = 1\n")).toEqual(['3:1 mdx-import', '5:1 mdx-import']);
		expect(check('export const x = 1\n')[0]?.message).toContain('may not `export`');
	});

	test('reports expressions in flow, in text and in attributes', () => {
		expect(rules('{process.env.TOKEN}\n\nText {1 + 1} here.\n\n<a href={url}>x</a>\n\n<b {...props}>y</b>\n')).toEqual([
			'1:1 mdx-expression',
			'3:6 mdx-expression',
			'5:4 mdx-expression',
			'7:4 mdx-expression',
		]);
	});

	test('allows an expression that is only a comment', () => {
		expect(isCommentOnly('/* note to editors */')).toBe(true);
		expect(isCommentOnly('// one line\n')).toBe(true);
		expect(isCommentOnly('/* a */ process.exit(1)')).toBe(false);
		expect(check('{/* a comment for editors */}\n\nText {/* inline */} here.\n')).toEqual([]);
	});
});

describe('code that would run in the reader\'s browser', () => {
	test('reports unsafe elements whatever their case, and components that do not exist', () => {
		expect(rules('<script>alert(1)</script>\n\n<IFRAME src="https://x.test"></IFRAME>\n\n<Callout>Hi</Callout>\n')).toEqual(['1:1 mdx-element', '3:1 mdx-element', '5:1 mdx-component']);
		expect(check('<Callout>Hi</Callout>\n')[0]?.message).toContain('there are none yet');
	});

	test('reports every on* attribute at its own column', () => {
		expect(rules('<img src="/a.png" alt="A" onerror="alert(1)" />\n\nSee <span ONMOUSEOVER="x">this</span>.\n')).toEqual(['1:27 mdx-event-attribute', '3:11 mdx-event-attribute']);
	});

	test('reports script URLs in Markdown links, images, definitions and JSX attributes', () => {
		const text = '[a](javascript:alert(1)) ![b](vbscript:x)\n\n[c]: data:text/html,<b>x</b>\n\n<a href=" JaVa\tScRiPt:alert(1)">d</a>\n';
		expect(rules(text)).toEqual(['1:1 mdx-url-scheme', '1:26 mdx-url-scheme', '3:1 mdx-url-scheme', '5:4 mdx-url-scheme']);
	});

	test('reports a script URL hidden behind character references', () => {
		expect(rules('[a](&#106;avascript:alert(1))\n\n<a href="&#x6A;avascript:x">b</a>\n')).toEqual(['1:1 mdx-url-scheme', '3:4 mdx-url-scheme']);
	});

	test('recognises a script URL however it is spaced or cased, and nothing else', () => {
		expect(isDangerousUrl('javascript:alert(1)')).toBe(true);
		expect(isDangerousUrl('  JAVASCRIPT :x')).toBe(true);
		expect(isDangerousUrl('java\nscript:x')).toBe(true);
		expect(isDangerousUrl('Data:Text/HTML;base64,xx')).toBe(true);
		expect(isDangerousUrl('https://example.org/javascript:')).toBe(false);
		expect(isDangerousUrl('data:image/png;base64,xx')).toBe(false);
		expect(isDangerousUrl('/notes/javascript/')).toBe(false);
	});
});

test('the same text in code blocks and inline code is text, and safe HTML is fine', () => {
	const text = [
		'Use `<script>` and `{process.env.X}` and `import x from "y"` as text.',
		'',
		'```html',
		'<script>alert(1)</script>',
		'<img onerror="x" src="javascript:y">',
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
