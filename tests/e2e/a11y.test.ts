import { existsSync, readFileSync } from 'node:fs';
import { axeViolations, expect, test } from './test-utils';

/** Every page of the built site, from its sitemap, plus the 404 page. */
function builtPages(): string[] {
	const sitemap = 'dist/sitemap-0.xml';
	if (!existsSync(sitemap)) throw new Error('dist/ has no sitemap: run `npm run build` before the browser tests.');
	const xml = readFileSync(sitemap, 'utf8');
	return [...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname), '/404.html'];
}

for (const path of builtPages()) {
	test(`axe finds no violations on ${path} in either theme`, async ({ page }) => {
		// axe checks the contrast of every highlighted code token: long notes take a while.
		test.setTimeout(120_000);
		for (const theme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: theme });
			await page.goto(path);
			expect(await axeViolations(page), `${path} (${theme})`).toEqual([]);
		}
	});
}
