import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, test, vi } from 'vitest';
import { satteriFenceLanguage } from '../../../src/plugins/satteri-fence-language';

/** Render through Astro's Sätteri processor with Shiki, as the site does. */
async function render(markdown: string, plugins = [satteriFenceLanguage()]) {
	const processor = await createSatteriMarkdownProcessor({
		mdastPlugins: plugins,
		shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false },
	});
	return (
		await processor.render(markdown, { fileURL: new URL('file:///project/content/notes/demo.mdx') })
	).code;
}

const block = (lang: string) =>
	['```' + lang, 'FROM alpine:3.22', 'RUN apk add curl', '```', ''].join('\n');

describe('satteriFenceLanguage', () => {
	test('highlights ```Dockerfile like ```dockerfile, as GitHub does', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		try {
			const [mixed, lower] = [await render(block('Dockerfile')), await render(block('dockerfile'))];
			expect(mixed).toBe(lower);
			expect(mixed).toContain('data-language="dockerfile"');
			// Shiki colours the keyword: a span of its own with a theme colour.
			expect(mixed).toMatch(/<span style="[^"]*--shiki-light:[^"]*">FROM<\/span>/);
			expect(warn).not.toHaveBeenCalled();
		} finally {
			warn.mockRestore();
		}
	});

	test('without it, Shiki falls back to plain text for ```Dockerfile (the bad twin)', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		try {
			const html = await render(block('Dockerfile'), []);
			expect(html).not.toMatch(/<span style="[^"]*">FROM<\/span>/);
			expect(warn).toHaveBeenCalledWith(expect.stringContaining('"Dockerfile" doesn\'t exist'));
		} finally {
			warn.mockRestore();
		}
	});
});
