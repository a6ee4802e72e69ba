import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Run axe with the WCAG 2.x A/AA and best-practice rules and return the violations (only inside `include`, if given). */
export async function axeViolations(page: Page, include?: string) {
	const builder = new AxeBuilder({ page });
	if (include) builder.include(include);
	const results = await builder
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	return results.violations.map((v) => ({
		id: v.id,
		help: v.help,
		targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
	}));
}

/** Small page object for the notes site. */
export class NotesSite {
	constructor(readonly page: Page) {}

	/** Open search from the header and type a query. */
	async search(query: string) {
		await this.page
			.getByRole('button', { name: /search/i })
			.first()
			.click();
		const input = this.page
			.getByRole('dialog')
			.getByRole('searchbox')
			.or(this.page.getByRole('dialog').getByRole('textbox'))
			.first();
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
export { sitemapPaths, sourceNotes, type SourceNote } from '../built-site';
