import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { expect, test } from 'vitest';
import { tableLabel, uniqueNames } from '../../../src/lib/table-label';
import { satteriScrollableTables } from '../../../src/plugins/satteri-scrollable-tables';

async function render(markdown: string) {
	const processor = await createSatteriMarkdownProcessor({
		hastPlugins: [satteriScrollableTables()],
		syntaxHighlight: false,
	});
	return (await processor.render(markdown)).code;
}

test('wraps a table in a focusable region named after its columns', async () => {
	const html = await render(
		'| Aspect | `ARG` | `ENV` |\n| --- | --- | --- |\n| build | yes | yes |\n'
	);
	expect(html).toMatch(
		/^<section class="dn-table" tabindex="0" aria-label="Table: Aspect, ARG, ENV"><table>/
	);
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

test('names a table after the heading above it, so two tables with the same columns differ', async () => {
	const table = '| Command | What it does |\n| --- | --- |\n| `docker ps` | List |\n';
	const html = await render(`## Images\n\n${table}\n## Containers\n\n${table}\n${table}`);
	const labels = [...html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1]);
	expect(labels).toEqual([
		'Table under Images: Command, What it does',
		'Table under Containers: Command, What it does',
		'Table under Containers: Command, What it does (2)',
	]);
});

test('unique names start again on every page', async () => {
	const processor = await createSatteriMarkdownProcessor({
		hastPlugins: [satteriScrollableTables()],
		syntaxHighlight: false,
	});
	const table = '| A |\n| - |\n| 1 |\n';
	expect((await processor.render(table)).code).toContain('aria-label="Table: A"');
	expect((await processor.render(table)).code).toContain('aria-label="Table: A"');
	const next = uniqueNames();
	expect([next('x'), next('y'), next('x')]).toEqual(['x', 'y', 'x (2)']);
});
