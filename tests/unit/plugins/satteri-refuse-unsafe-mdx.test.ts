import { mdxToJs } from 'satteri';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { satteriRefuseUnsafeMdx } from '../../../src/plugins/satteri-refuse-unsafe-mdx';

const compile = (text: string, frontmatter: Record<string, unknown> = {}) =>
	mdxToJs(text, {
		mdastPlugins: [satteriRefuseUnsafeMdx()],
		fileURL: pathToFileURL(`${process.cwd()}/content/notes/x.mdx`),
		data: {
			astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() },
		},
	});

test('a note with an import or an expression never becomes JavaScript', async () => {
	const text = "Intro.\n\nimport fs from 'node:fs'\n\nHello {process.env.HOME}.\n";
	await expect(async () => compile(text)).rejects.toThrow(
		/^3:1: This note breaks the content policy, so the build refuses to compile it \(nothing in it has run\)[\s\S]*content\/notes\/x\.mdx:3:1 error \[mdx-import\][\s\S]*content\/notes\/x\.mdx:5:7 error \[mdx-expression\]/
	);
});

test('a layout in the frontmatter is refused, since it would import a file into the page', async () => {
	await expect(async () => compile('Text.\n', { layout: '../../src/evil.astro' })).rejects.toThrow(
		/`layout` is not a frontmatter field/
	);
});

test('a safe note compiles, with <script> shown in code', async () => {
	const result = await compile(
		'Use `<script>` in code:\n\n```html\n<script>alert(1)</script>\n```\n'
	);
	expect(result.code).toContain('MDXContent');
});

test('a script used as an image, a set:html attribute and a hidden expression are refused by the same policy as the checker', async () => {
	await expect(async () => compile('![x](./payload.js)\n')).rejects.toThrow(
		/content\/notes\/x\.mdx:1:1 error \[image-type\]/
	);
	await expect(async () => compile('<p set:html="<b>x</b>">y</p>\n')).rejects.toThrow(
		/\[mdx-directive\] `set:html` on `<p>`/
	);
	await expect(async () => compile('{// /*\nprocess.exit(1)\n// */\n}\n')).rejects.toThrow(
		/\[mdx-expression\]/
	);
	await expect(async () => compile(`${'> '.repeat(20_000)}x\n`)).rejects.toThrow(
		/\[nesting-depth\]/
	);
});

test('the safe twins compile: an image file, plain HTML, a comment', async () => {
	expect(
		(await compile('![x](./layers.png)\n\n<p title="t">y</p>\n\n{/* for editors */}\n')).code
	).toContain('MDXContent');
});

test('a note that is a symbolic link, even to another note, is refused before it is parsed; the real file compiles', async () => {
	const root = mkdtempSync(join(tmpdir(), 'refuse-link-'));
	try {
		mkdirSync(join(root, 'content/notes'), { recursive: true });
		writeFileSync(join(root, 'content/notes/real.mdx'), 'Text.\n');
		symlinkSync(join(root, 'content/notes/real.mdx'), join(root, 'content/notes/link.mdx'));
		const at = (name: string) =>
			mdxToJs('Text.\n', {
				mdastPlugins: [satteriRefuseUnsafeMdx(root)],
				fileURL: pathToFileURL(join(root, 'content/notes', name)),
				data: {
					astro: {
						frontmatter: {},
						headings: [],
						localImagePaths: new Set(),
						remoteImagePaths: new Set(),
					},
				},
			});
		await expect(async () => at('link.mdx')).rejects.toThrow(
			/content\/notes\/link\.mdx:1:1 error \[file-symlink\]/
		);
		expect((await at('real.mdx')).code).toContain('MDXContent');
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
});
