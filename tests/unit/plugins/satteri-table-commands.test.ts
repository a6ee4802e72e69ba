import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { expect, test } from 'vitest';
import { commandWords } from '../../../src/lib/command-words';
import { satteriTableCommands } from '../../../src/plugins/satteri-table-commands';

async function render(markdown: string) {
	const processor = await createSatteriMarkdownProcessor({
		hastPlugins: [satteriTableCommands()],
		syntaxHighlight: false,
	});
	return (await processor.render(markdown)).code;
}

test('splits a command into words and spaces, and joining them gives it back', () => {
	const text = 'docker image  ls --digests';
	const parts = commandWords(text);
	expect(parts.filter((p) => !p.space).map((p) => p.text)).toEqual([
		'docker',
		'image',
		'ls',
		'--digests',
	]);
	expect(parts.map((p) => p.text).join('')).toBe(text);
	expect(commandWords('')).toEqual([]);
});

test('keeps each word of a command in a table cell whole', async () => {
	const html = await render(
		'| Command | What |\n| --- | --- |\n| `docker image ls --digests` | digests |\n'
	);
	expect(html).toContain(
		'<code><span class="dn-word">docker</span> <span class="dn-word">image</span> <span class="dn-word">ls</span> <span class="dn-word">--digests</span></code>'
	);
});

test('also inside a link and for one word (`--mount` breaks after its hyphens too), never outside tables', async () => {
	const html = await render(
		'`docker image ls --digests` in text.\n\n| A | B |\n| --- | --- |\n| [`docker ps -a`](/x/) | `docker` |\n'
	);
	expect(html).toContain('<p><code>docker image ls --digests</code> in text.</p>');
	expect(html).toContain(
		'<a href="/x/"><code><span class="dn-word">docker</span> <span class="dn-word">ps</span> <span class="dn-word">-a</span></code></a>'
	);
	expect(html).toContain('<td><code><span class="dn-word">docker</span></code></td>');
});
