import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** A published note as the tests know it, read straight from content/notes. */
export interface SourceNote {
	slug: string;
	title: string;
	file: string;
}

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.mdx') && !e.name.startsWith('_') ? [join(dir, e.name)] : []
	);
}

/** Every non-draft note in content/notes, independent of the site's own code. */
export function sourceNotes(root = 'content/notes'): SourceNote[] {
	return walk(root)
		.map((file) => {
			const text = readFileSync(file, 'utf8');
			const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') ?? {};
			const slug = data.slug ?? file.split('/').pop()!.replace(/\.mdx$/, '');
			return { slug, title: String(data.title), file: relative('.', file), draft: data.draft === true };
		})
		.filter((n) => !n.draft)
		.map(({ slug, title, file }) => ({ slug, title, file }));
}

/** The site's pages, read from its sitemap, as paths. */
export async function sitemapPaths(page: Page): Promise<string[]> {
	const index = await (await page.request.get('/sitemap-0.xml')).text();
	return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** Run axe with the WCAG 2.x A/AA and best-practice rules and return the violations (only inside `include`, if given). */
export async function axeViolations(page: Page, include?: string) {
	const builder = new AxeBuilder({ page });
	if (include) builder.include(include);
	const results = await builder
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	return results.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}

/** Small page object for the notes site. */
export class NotesSite {
	constructor(readonly page: Page) {}

	/** Open search from the header and type a query. */
	async search(query: string) {
		await this.page.getByRole('button', { name: /search/i }).first().click();
		const input = this.page.getByRole('dialog').getByRole('searchbox').or(this.page.getByRole('dialog').getByRole('textbox')).first();
		await input.fill(query);
		return input;
	}

	/** Force a colour theme the way the toggle stores it, then reload. */
	async useTheme(theme: 'light' | 'dark') {
		await this.page.evaluate((t) => localStorage.setItem('dn-theme', t), theme);
		await this.page.reload();
	}
}

export const test = base.extend<{ site: NotesSite }>({
	site: async ({ page }, use) => use(new NotesSite(page)),
});
export { expect };
