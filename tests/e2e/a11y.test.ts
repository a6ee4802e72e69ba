import { existsSync, readFileSync } from 'node:fs';
import { axeViolations, expect, test } from './test-utils';

/** Every page of the built site, from its sitemap, plus the 404 page. */
function builtPages(): string[] {
	const sitemap = 'dist/sitemap-0.xml';
	if (!existsSync(sitemap)) throw new Error('dist/ has no sitemap: run `npm run build` before the browser tests.');
	const xml = readFileSync(sitemap, 'utf8');
	return [...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname), '/404.html'];
}

/** Desktop, and the narrowest phone we support, where the layout collapses to one column. */
const WIDTHS = [
	{ name: 'desktop', viewport: { width: 1280, height: 720 } },
	{ name: '360 px', viewport: { width: 360, height: 740 } },
] as const;

for (const width of WIDTHS) {
	test.describe(`at ${width.name}`, () => {
		test.use({ viewport: width.viewport });
		for (const path of builtPages()) {
			// One test per theme: axe on a long note takes seconds, and the two runs can go in parallel.
			for (const theme of ['light', 'dark'] as const) {
				test(`axe finds no violations on ${path} in the ${theme} theme`, async ({ page }) => {
					// axe walks every node of a long note; on a shared CI machine that outlasts 30 s.
					test.slow();
					await page.emulateMedia({ colorScheme: theme });
					await page.goto(path);
					expect(await axeViolations(page), `${path} (${theme}, ${width.name})`).toEqual([]);
				});
			}
		}
	});
}

test.describe('on a phone with the menu open', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('axe finds no violations in the open sidebar in either theme', async ({ page }) => {
		test.slow();
		for (const theme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: theme });
			await page.goto('/notes/dockerfile/');
			await page.getByRole('button', { name: 'Menu' }).click();
			await expect(page.getByRole('navigation', { name: 'Notes' })).toBeVisible();
			expect(await axeViolations(page), theme).toEqual([]);
		}
	});
});
