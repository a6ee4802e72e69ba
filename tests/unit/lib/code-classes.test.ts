import { readFileSync } from 'node:fs';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, test } from 'vitest';
import { codeStyleClasses, colourClass } from '../../../src/lib/code-classes';
import { transformerCodeFrame } from '../../../src/plugins/shiki-code-frame';
import { transformerStyleClasses } from '../../../src/plugins/shiki-style-classes';
import { codeTheme } from '../../../src/plugins/shiki-themes';
import { themeColourVariables } from '../code-theme';

const CODE_CSS = readFileSync('src/styles/code.css', 'utf8');

describe('codeStyleClasses', () => {
	test('a token colour becomes the class of its variable', () => {
		expect(codeStyleClasses('color:var(--dn-code-token-keyword)', 'token')).toEqual([
			'dn-t-keyword',
		]);
		expect(codeStyleClasses('color: var(--dn-code-foreground);', 'token')).toEqual([
			'dn-t-foreground',
		]);
	});

	test('font styles and diff signs get classes of their own, beside the colour', () => {
		expect(
			codeStyleClasses('color:var(--dn-code-token-comment);font-style:italic', 'token')
		).toEqual(['dn-t-comment', 'dn-t-italic']);
		expect(codeStyleClasses('text-decoration:underline line-through', 'token')).toEqual([
			'dn-t-underline',
			'dn-t-strike',
		]);
		expect(codeStyleClasses('user-select: none;', 'token')).toEqual(['dn-t-sign']);
	});

	test('what `.dn-code pre` already sets needs no class on the <pre>', () => {
		expect(
			codeStyleClasses(
				'background-color:var(--dn-code-background);color:var(--dn-code-foreground); overflow-x: auto;',
				'pre'
			)
		).toEqual([]);
	});

	test('the twin: a style no class stands for stops the build, naming it', () => {
		expect(() => codeStyleClasses('color:#ff0000', 'token')).toThrow(/`color:#ff0000`/);
		expect(() => codeStyleClasses('color:var(--elsewhere)', 'token')).toThrow(/no class/);
		expect(() => codeStyleClasses('white-space:pre-wrap', 'pre')).toThrow(/<pre>/);
		expect(() => codeStyleClasses('overflow-x:auto', 'token')).toThrow(/token/);
	});
});

test('code.css colours every class the code theme can need with its variable', () => {
	const variables = themeColourVariables();
	expect(variables.length).toBeGreaterThan(8);
	for (const variable of variables) {
		const rule = new RegExp(
			`\\.dn-code \\.${colourClass(variable)} \\{\\s*color: var\\(${variable}\\);\\s*\\}`
		);
		expect(CODE_CSS, variable).toMatch(rule);
	}
});

test('through the real processor: a highlighted block has classes and no style attribute', async () => {
	const processor = await createSatteriMarkdownProcessor({
		shikiConfig: {
			theme: codeTheme(),
			transformers: [transformerCodeFrame(), transformerStyleClasses()],
		},
	});
	const render = async (markdown: string) =>
		(
			await processor.render(markdown, {
				fileURL: new URL('file:///project/content/notes/demo.mdx'),
			})
		).code;
	const html = await render(
		[
			'```dockerfile',
			'# syntax=docker/dockerfile:1',
			'FROM alpine:3.22',
			'```',
			'',
			'```yaml',
			'services:',
			'  web:',
			'    image: "nginx:1.30-alpine"',
			'```',
			'',
			'```diff',
			'-FROM alpine:3.21',
			'+FROM alpine:3.22',
			'```',
			'',
		].join('\n')
	);
	expect(html).not.toContain('style=');
	expect(html).toMatch(/<span class="dn-t-keyword">FROM<\/span>/);
	expect(html).toMatch(/<span class="dn-t-comment">/);
	expect(html).toMatch(/<span class="dn-t-string[^"]*">/);
	expect(html).toMatch(/<span class="dn-t-sign">\+<\/span>/);
	// The bad twin: without the transformer the same block is coloured by style attributes.
	const plain = await createSatteriMarkdownProcessor({
		shikiConfig: { theme: codeTheme(), transformers: [transformerCodeFrame()] },
	});
	const styled = (
		await plain.render('```dockerfile\nFROM alpine:3.22\n```\n', {
			fileURL: new URL('file:///project/content/notes/demo.mdx'),
		})
	).code;
	expect(styled).toContain('style="color:var(--dn-code-token-keyword)"');
});
