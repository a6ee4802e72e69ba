// axe on every page once (light theme, desktop), and on one page of each page template in
// the other theme and at phone width as well: the colours and the one-column layout are
// the same on every page of a template, so checking them once per template is enough.
import { sitemapPaths } from '../built-site';
import { axeViolations, expect, test } from './test-utils';

/** Every page of the built site, from its sitemap, plus the 404 page. */
const PAGES = [...sitemapPaths(), '/404.html'];

/** One page of each template in src/pages/ (the note with checked Dockerfiles and a stage diagram). */
const ONE_PER_TEMPLATE = [
	'/',
	'/notes/multi-stage-builds/',
	'/notes/',
	'/sections/foundations/',
	'/progress/',
	'/404.html',
];

const DESKTOP = { width: 1280, height: 720 };
/** The narrowest phone we support, where the layout collapses to one column. */
const PHONE = { width: 360, height: 740 };

test('every template has a page in the sitemap, so the matrix below covers every layout', () => {
	for (const path of ONE_PER_TEMPLATE) expect(PAGES).toContain(path);
});

test('the twin: axe reports what the runs below must not find, under every tag they claim', async ({
	page,
}) => {
	await page.goto('/');
	await page.evaluate(() => {
		const main = document.querySelector('main')!;
		// wcag2a: an image without a text alternative; wcag2aa: grey on white;
		// wcag22aa: a 10 px target; best-practice: content outside every landmark.
		main.insertAdjacentHTML(
			'afterbegin',
			'<img src="/favicon.svg"><p style="color:#bbb;background:#fff">Faint</p>' +
				'<button style="all:unset;display:inline-block;width:10px;height:10px">x</button>'.repeat(2)
		);
		document.body.insertAdjacentHTML('beforeend', '<p>Outside every landmark</p>');
	});
	const found = new Set((await axeViolations(page)).map((v) => v.id));
	for (const rule of ['image-alt', 'color-contrast', 'target-size', 'region'])
		expect(found, rule).toContain(rule);
});

test.describe('every page, light theme, desktop', () => {
	test.use({ viewport: DESKTOP });
	for (const path of PAGES) {
		test(`axe finds no violations on ${path}`, async ({ page }) => {
			// axe walks every node of a long note; on a shared CI machine that outlasts 30 s.
			test.slow();
			await page.emulateMedia({ colorScheme: 'light' });
			await page.goto(path);
			expect(await axeViolations(page), path).toEqual([]);
		});
	}
});

const MATRIX = [
	{ theme: 'dark', width: 'desktop', viewport: DESKTOP },
	{ theme: 'light', width: '360 px', viewport: PHONE },
	{ theme: 'dark', width: '360 px', viewport: PHONE },
] as const;

for (const { theme, width, viewport } of MATRIX) {
	test.describe(`one page of each template, ${theme} theme, ${width}`, () => {
		test.use({ viewport });
		for (const path of ONE_PER_TEMPLATE) {
			test(`axe finds no violations on ${path}`, async ({ page }) => {
				test.slow();
				await page.emulateMedia({ colorScheme: theme });
				await page.goto(path);
				expect(await axeViolations(page), `${path} (${theme}, ${width})`).toEqual([]);
			});
		}
	});
}

test.describe('on a phone with the menu open', () => {
	test.use({ viewport: PHONE });

	for (const theme of ['light', 'dark'] as const) {
		test(`axe finds no violations in the open sidebar (${theme})`, async ({ page }) => {
			test.slow();
			await page.emulateMedia({ colorScheme: theme });
			// A short note: the sidebar is the same on every note, and the note itself is checked above.
			await page.goto('/notes/what-is-docker/');
			await page.getByRole('button', { name: 'Menu' }).click();
			await expect(page.getByRole('navigation', { name: 'Notes' })).toBeVisible();
			expect(await axeViolations(page), theme).toEqual([]);
		});
	}
});
