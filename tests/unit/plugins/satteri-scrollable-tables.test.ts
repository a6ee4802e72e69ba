import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { expect, test } from 'vitest';
import { tableLabel } from '../../../src/lib/table-label';
import { satteriScrollableTables } from '../../../src/plugins/satteri-scrollable-tables';

async function render(markdown: string) {
	const processor = await createSatteriMarkdownProcessor({ hastPlugins: [satteriScrollableTables()], syntaxHighlight: false });
	return (await processor.render(markdown)).code;
}

test('wraps a table in a focusable region named after its columns', async () => {
	const html = await render('| Aspect | `ARG` | `ENV` |\n| --- | --- | --- |\n| build | yes | yes |\n');
	expect(html).toMatch(/^<section class="dn-table" tabindex="0" aria-label="Table: Aspect, ARG, ENV"><table>/);
	expect(html).toMatch(/<\/table>\s*<\/section>\s*$/);
});

test('wraps each table on its own and leaves other content alone', async () => {
	const html = await render('Text.\n\n| A |\n| - |\n| 1 |\n\nMore.\n\n| B |\n| - |\n| 2 |\n');
	expect(html.match(/<section class="dn-table"/g)).toHaveLength(2);
	expect(html).toContain('<p>Text.</p>');
});

test('names a table by at most four columns, and plainly when it has no header text', () => {
	expect(tableLabel(['A', ' B ', 'C', 'D', 'E'])).toBe('Table: A, B, C, D, …');
	expect(tableLabel(['', ' '])).toBe('Table');
});
