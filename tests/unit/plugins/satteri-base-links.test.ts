import { expect, test } from 'vitest';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { satteriBaseLinks } from '../../../src/plugins/satteri-base-links';

async function render(markdown: string, base: string): Promise<string> {
	const processor = await createSatteriMarkdownProcessor({
		syntaxHighlight: false,
		hastPlugins: [satteriBaseLinks(base)],
	});
	return (await processor.render(markdown)).code;
}

const NOTE = [
	'See [Compose](/notes/compose/#depends_on) and [the glossary](/notes/glossary/).',
	'',
	'Also [the spec](https://compose-spec.io/), [below](#below), [a sibling](../x/) and ![logo](/logo.svg).',
].join('\n');

test('prefixes a note’s site-absolute links and images with a sub-path base', async () => {
	const html = await render(NOTE, '/docker-notes/');
	expect(html).toContain('href="/docker-notes/notes/compose/#depends_on"');
	expect(html).toContain('href="/docker-notes/notes/glossary/"');
	expect(html).toContain('src="/docker-notes/logo.svg"');
});

test('leaves external, in-page and relative links alone', async () => {
	const html = await render(NOTE, '/docker-notes/');
	expect(html).toContain('href="https://compose-spec.io/"');
	expect(html).toContain('href="#below"');
	expect(html).toContain('href="../x/"');
});

test('changes nothing when the site is served from the root', async () => {
	const html = await render(NOTE, '/');
	expect(html).toContain('href="/notes/compose/#depends_on"');
	expect(html).toContain('src="/logo.svg"');
});
