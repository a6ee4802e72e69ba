import { test as base, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The rules every axe run applies: WCAG 2.0, 2.1 and 2.2 at A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe-core's minified build, from the copy @axe-core/playwright itself imports. The builder
 * injects the unminified `axe.source` (1.5 MB) into every page it checks, and compiling and
 * starting that took 0.5–0.7 s a page; the minified build (0.65 MB) is the same version of the
 * same rules and takes 0.3 s.
 */
const AXE_SOURCE = readFileSync(
	createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve(
		'axe-core/axe.min.js'
	),
	'utf8'
);

/**
 * Run axe with the WCAG 2.x A/AA and best-practice rules and return the violations (only
 * inside `include`, if given). Every rule of those tags runs, on the whole page.
 *
 * Three settings make a run several times cheaper without checking less:
 * - axe's minified build (above).
 * - Legacy mode: `axe.run` in the page itself. The default runs `axe.runPartial` in every frame
 *   and merges the parts in a new blank page, which only cross-origin frames need, and the site
 *   has no frames at all (tests/dist/html-valid.test.ts fails if a page gets one).
 * - `resultTypes: ['violations']`: axe still runs every check on every node, but reports the
 *   nodes of passing and inapplicable rules only once each instead of shipping them all back.
 */
export async function axeViolations(page: Page, include?: string) {
	// options() replaces every option set before it, so it comes before withTags().
	const builder = new AxeBuilder({ page, axeSource: AXE_SOURCE })
		.options({ resultTypes: ['violations'] })
		.withTags(AXE_TAGS)
		.setLegacyMode(true);
	if (include) builder.include(include);
	const results = await builder.analyze();
	return results.violations.map((v) => ({
		id: v.id,
		help: v.help,
		targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
	}));
}

/**
 * Press a Copy button and read the clipboard once the button says it copied. The first press in
 * a block or table loads what the buttons do and is then replayed, so the clipboard holds the
 * text a moment after the click, not at once.
 */
export async function copyWith(button: Locator): Promise<string> {
	await button.click();
	await expect(button).toHaveText('Copied');
	return button.page().evaluate(() => navigator.clipboard.readText());
}

/** The button that marks a note as done, in either of its states. */
export const markButton = (page: Page) =>
	page.getByRole('button', { name: /^(Mark as done|Done ✓ — undo)$/ });

/**
 * Store progress where `containers` was read at an older version and `what-is-docker` is done,
 * as a reader gets it: the button on the note, then an older hash in storage.
 */
export async function seedProgress(page: Page) {
	await page.goto('/notes/what-is-docker/');
	await markButton(page).click();
	await expect(markButton(page)).toHaveText('Done ✓ — undo');
	await page.evaluate(() => {
		const progress = JSON.parse(localStorage.getItem('dn-progress')!);
		progress.notes.containers = { hash: '000000000000', doneAt: '2026-01-01T00:00:00.000Z' };
		localStorage.setItem('dn-progress', JSON.stringify(progress));
	});
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
