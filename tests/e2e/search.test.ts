// Search in the browser, on the built site: that the dialog ranks as the engine does (the
// golden queries themselves run without a browser, in tests/dist/golden-queries.test.ts), typo
// correction, the keyboard, results, loading, the no-JavaScript fallback and accessibility.
import type { Page } from '@playwright/test';
import { GOLDEN_QUERIES, noteSlugOf } from './golden-queries';
import { axeViolations, expect, test } from './test-utils';

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The search dialog as a reader uses it. */
class SearchDialog {
	constructor(readonly page: Page) {}

	get dialog() {
		return this.page.getByRole('dialog', { name: 'Search the notes' });
	}

	get input() {
		return this.dialog.getByRole('searchbox');
	}

	get results() {
		return this.dialog.getByRole('list', { name: 'Search results' });
	}

	get button() {
		return this.page.getByRole('banner').getByRole('button', { name: 'Search' });
	}

	/** Open the dialog from the header button and wait until the input has focus. */
	async open() {
		await this.button.click();
		await expect(this.input).toBeFocused();
	}

	/** Type a query and wait until the results for exactly that query are on screen. */
	async search(query: string): Promise<number> {
		await this.input.fill(query);
		// The summary counts the results of the query as typed (it stays in the DOM, hidden,
		// when a correction is shown instead), so it says when these results have arrived.
		const summary = this.dialog.getByText(
			new RegExp(`^(\\d+|No) results? for ${escapeRegExp(query)}$`)
		);
		await expect(summary.first()).toBeAttached({ timeout: 15_000 });
		const count = Number(/^\d+/.exec((await summary.first().textContent()) ?? '')?.[0] ?? 0);
		// Results load their data lazily; wait for the first three to have their links.
		await expect
			.poll(async () => (await this.noteLinks()).length, {
				timeout: 15_000,
				intervals: [50, 100, 250],
			})
			.toBeGreaterThanOrEqual(Math.min(3, count));
		return count;
	}

	/**
	 * The slugs of the notes in the results, in order (heading sub-results left out). A result
	 * shows its link once its data has loaded, and results load in any order: the list stops
	 * at the first result still loading, so a later result never takes an earlier one's place.
	 */
	async noteLinks(): Promise<string[]> {
		const hrefs = await this.results
			.locator(':scope > li')
			.evaluateAll((items) => items.map((li) => li.querySelector('a')?.getAttribute('href') ?? ''));
		const loaded = hrefs.includes('') ? hrefs.slice(0, hrefs.indexOf('')) : hrefs;
		return loaded.map(noteSlugOf);
	}
}

test.describe('golden queries', () => {
	// tests/dist/golden-queries.test.ts ranks every golden query with the engine, the options
	// and the correction the dialog uses; here the dialog itself lists the first of each group.
	test('the dialog finds the first golden query of each group in the top 3, as the engine does', async ({
		page,
	}) => {
		const search = new SearchDialog(page);
		await page.goto('/');
		await search.open();
		for (const [group, queries] of Object.entries(GOLDEN_QUERIES)) {
			const [query, slug] = queries[0]!;
			await test.step(`${group}: "${query}" → ${slug}`, async () => {
				await search.search(query);
				expect.soft((await search.noteLinks()).slice(0, 3), `top 3 for "${query}"`).toContain(slug);
			});
		}
	});
});

test.describe('long result lists', () => {
	test('past the list limit, the dialog lists the best results and says how to narrow them', async ({
		page,
	}) => {
		const search = new SearchDialog(page);
		await page.goto('/');
		await search.open();
		const list = page.locator('pagefind-results');
		const items = search.results.locator(':scope > li');
		const limit = search.dialog.locator('.dn-search-limit');
		// Every note says "docker": within the real limit all of them are listed, with no note.
		const total = await search.search('docker');
		expect(total).toBeGreaterThan(3);
		await expect(items).toHaveCount(total);
		await expect(limit).toBeHidden();
		// The same search with a lower limit, as a thousand notes would meet the real one.
		await list.evaluate((el) => el.setAttribute('max-results', '3'));
		await search.input.fill('');
		await search.search('docker');
		await expect(items).toHaveCount(3);
		await expect(limit).toHaveText(
			`Showing the best 3 of ${total} results. Add a word or choose a section to narrow them.`
		);
	});
});

test.describe('typo correction', () => {
	// One page: known words first (nothing to correct yet), then a typo.
	test('leaves a query of known words alone, and for a typo shows results for the corrected word and offers the words as typed', async ({
		page,
	}) => {
		const search = new SearchDialog(page);
		await page.goto('/');
		await search.open();
		await test.step('a query of known words is left alone', async () => {
			await search.search('dockerfile');
			await expect(search.dialog.getByText('Showing results for')).toHaveCount(0);
		});

		await test.step('a typo shows the results of the corrected word', async () => {
			await search.search('dockerfle');
			await expect(search.dialog.getByText('Showing results for dockerfile.')).toBeVisible();
			expect((await search.noteLinks())[0]).toBe('dockerfile');
			// The links carry the corrected word, so the landing page marks what was found.
			await expect(
				search.results.getByRole('link', { name: 'The Dockerfile', exact: true }).first()
			).toHaveAttribute('href', /\/notes\/dockerfile\/\?highlight=dockerfile/);
		});

		await test.step('the words as typed are offered, and searched when chosen', async () => {
			await search.dialog.getByRole('button', { name: 'dockerfle' }).click();
			await expect(search.dialog.getByText('Showing results for')).toBeHidden();
			// Pagefind finds nothing for the misspelling: that is what the correction was for.
			await expect(
				search.dialog.getByText(/^(\d+|No) results? for dockerfle$/).first()
			).toBeVisible();
			await expect(search.input).toBeFocused();
			await expect(search.input).toHaveValue('dockerfle');
		});
	});
});

test.describe('keyboard', () => {
	test('/, Control+k and Meta+k each open search with the focus in an empty input', async ({
		page,
	}) => {
		const search = new SearchDialog(page);
		await page.goto('/notes/volumes/');
		for (const shortcut of ['/', 'Control+k', 'Meta+k']) {
			await test.step(shortcut, async () => {
				await page.keyboard.press(shortcut);
				await expect(search.dialog).toBeVisible();
				await expect(search.input).toBeFocused();
				await expect(search.input).toHaveValue('');
				// Closed again for the next shortcut.
				await page.keyboard.press('Escape');
				await expect(search.dialog).toBeHidden();
			});
		}
	});

	test('Enter on the focused search button opens search with the focus in the input', async ({
		page,
	}) => {
		const search = new SearchDialog(page);
		await page.goto('/notes/dockerfile/');
		await search.button.focus();
		await page.keyboard.press('Enter');
		await expect(search.dialog).toBeVisible();
		await expect(search.input).toBeFocused();
	});

	test('arrows reach the second result and Enter opens its heading with the terms marked', async ({
		page,
	}) => {
		const search = new SearchDialog(page);
		await page.goto('/notes/what-is-docker/');
		await page.keyboard.press('/');
		await expect(search.input).toBeFocused();
		await search.search('ENTRYPOINT');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		const second = search.results.getByRole('link').nth(1);
		await expect(second).toBeFocused();
		// The first result is the Dockerfile note; the second is its ENTRYPOINT heading.
		const href = (await second.getAttribute('href'))!;
		const title = (await second.textContent())!.trim();
		expect(href).toMatch(/^\/notes\/dockerfile\/\?highlight=entrypoint#entrypoint$/i);
		await page.keyboard.press('Enter');
		await page.waitForURL(
			(url) => url.pathname === '/notes/dockerfile/' && url.hash === '#entrypoint'
		);
		await expect(page.getByRole('heading', { name: title, exact: true })).toBeInViewport();
		const marks = page.getByRole('article').locator('mark');
		await expect(marks.first()).toBeVisible();
		expect((await marks.allTextContents()).every((text) => /entrypoint/i.test(text))).toBe(true);
	});

	test('Esc closes the dialog and gives the focus back to the search button', async ({ page }) => {
		const search = new SearchDialog(page);
		await page.goto('/notes/compose/');
		await search.open();
		await page.keyboard.press('Escape');
		await expect(search.dialog).toBeHidden();
		await expect(search.button).toBeFocused();

		// Opened with a shortcut while nothing had the focus, it returns to the button too.
		await page.locator('body').click({ position: { x: 5, y: 300 } });
		await page.keyboard.press('Control+k');
		await expect(search.input).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(search.dialog).toBeHidden();
		await expect(search.button).toBeFocused();
	});
});

test.describe('results', () => {
	// One page, one search after the other.
	test('show the note, its section, heading sub-results and marked excerpts, are announced from inside the dialog, and can be narrowed to one section', async ({
		page,
	}) => {
		const search = new SearchDialog(page);
		await page.goto('/');
		await search.open();

		await test.step('show the note, its section, heading sub-results and marked excerpts', async () => {
			await search.search('depends_on');
			const first = search.results.getByRole('listitem').first();
			await expect(first.getByRole('link', { name: 'Docker Compose' })).toBeVisible();
			await expect(first.getByText('Running many containers')).toBeVisible();
			await expect(
				first.getByRole('link', { name: 'depends_on and healthchecks' })
			).toHaveAttribute('href', '/notes/compose/?highlight=depends_on#depends_on-and-healthchecks');
			await expect(first.locator('mark', { hasText: 'depends_on' }).first()).toBeVisible();
		});

		await test.step('are announced to screen readers from inside the dialog', async () => {
			// Live regions are cleared again after a moment, so record what they say as it happens.
			await page.evaluate(() => {
				const said: string[] = [];
				(window as unknown as { said: string[] }).said = said;
				const dialog = document.querySelector('dialog')!;
				new MutationObserver(() => {
					for (const region of dialog.querySelectorAll('[aria-live], [role="status"]')) {
						if (region.textContent) said.push(region.textContent);
					}
				}).observe(dialog, { subtree: true, childList: true, characterData: true });
			});
			await search.search('healthcheck');
			await expect
				.poll(() => page.evaluate(() => (window as unknown as { said: string[] }).said))
				.toContainEqual(expect.stringMatching(/^\d+ results for healthcheck$/));
		});

		await test.step('can be narrowed to one section', async () => {
			await search.dialog.getByRole('combobox', { name: 'Section' }).click();
			await search.dialog.getByRole('option', { name: /^Orchestration, \d+ results?$/ }).click();
			await expect.poll(() => search.noteLinks()).toEqual(expect.arrayContaining(['kubernetes']));
			for (const slug of await search.noteLinks())
				expect(['kubernetes', 'docker-swarm']).toContain(slug);
		});
	});
});

test.describe('loading', () => {
	test('a page fetches nothing of search until search is opened', async ({ page }) => {
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		const isSearch = (path: string) =>
			/^\/pagefind\/|search-dialog|search-vocabulary|search.*\.css/.test(path);
		await page.goto('/notes/compose/');
		await page.waitForLoadState('networkidle');
		expect(requested.filter(isSearch)).toEqual([]);

		const search = new SearchDialog(page);
		await search.open();
		await search.search('compose');
		expect(requested.filter(isSearch)).toEqual(
			expect.arrayContaining([
				'/pagefind/pagefind-component-ui.js',
				'/pagefind/pagefind.js',
				'/search-vocabulary.json',
			])
		);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the search button is a link to every note by section', async ({ page }) => {
		await page.goto('/notes/dockerfile/');
		const link = page.getByRole('banner').getByRole('link', { name: 'Search' });
		await expect(link).toHaveAttribute('href', '/notes/');
		await link.click();
		await expect(page.getByRole('heading', { level: 1, name: 'All notes' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Docker Compose' })).toBeVisible();
	});
});

test.describe('accessibility', () => {
	// The light theme: a11y.test.ts checks the whole of /notes/compose/ opened this way.
	test('a note opened from a result, its terms marked, has no axe violations (dark)', async ({
		page,
	}) => {
		test.setTimeout(90_000);
		await page.emulateMedia({ colorScheme: 'dark' });
		// Marks sit in prose, links and code blocks alike: each must stay readable.
		await page.goto('/notes/compose/?highlight=healthcheck');
		await expect(page.getByRole('article').locator('mark').first()).toBeVisible();
		expect(await axeViolations(page, 'article')).toEqual([]);
	});

	// One open dialog, its theme and the window's width changed under it: the dialog's colours
	// and layout follow the media queries, with no new page load or search per pair. It fits
	// the screen in each pair; axe checks it light at 1280 px and dark at 360 px, which covers
	// both themes' colours and both layouts (as a11y.test.ts does for each page template).
	test('the open dialog with results has no axe violations (light at 1280 px, dark at 360 px) and fits the screen in both themes at both widths', async ({
		page,
	}) => {
		test.setTimeout(90_000);
		const search = new SearchDialog(page);
		await page.goto('/notes/kubernetes/');
		await search.open();
		// A corrected query shows everything at once: notice, summary, results, sub-results.
		await search.search('kubernets');
		await expect(search.dialog.getByText('Showing results for kubernetes.')).toBeVisible();
		for (const theme of ['light', 'dark'] as const) {
			for (const width of [1280, 360]) {
				await test.step(`${theme}, ${width}px`, async () => {
					await page.setViewportSize({ width, height: 800 });
					await page.emulateMedia({ colorScheme: theme });
					await expect(search.dialog).toBeVisible();
					// The page behind is checked by a11y.test.ts; here only the dialog, which it cannot open.
					if (theme === 'light' ? width === 1280 : width === 360)
						expect(await axeViolations(page, 'dialog[open]')).toEqual([]);
					// Usable on a phone: the dialog fits the screen and nothing in it scrolls sideways.
					const fits = await search.dialog.evaluate(
						(dialog) =>
							dialog.scrollWidth <= dialog.clientWidth &&
							dialog.getBoundingClientRect().right <= window.innerWidth
					);
					expect(fits).toBe(true);
				});
			}
		}
	});
});
