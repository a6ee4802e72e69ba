// axe on every page once (light theme, desktop), and on one page of each page template again
// in the dark theme at phone width: the colours of a theme and the one-column layout are the
// same on every page of a template, so one more run per template covers both themes and both
// widths. What shows only at one width is checked in the other theme too: a phone's open
// menu in both themes (below) and its section bar light (reading-friction.test.ts); a wide
// note's contents column dark, on the notes with progress below.
//
// A page whose reader can put it in a richer state is checked in that state, which holds
// everything the plain page shows and more (a test of another file used to check the same
// page, theme and width again in that state):
// - the progress pages and notes with a note done and one updated since it was read
//   (was progress.test.ts "axe finds no violations on … with a note done and one updated");
// - a note opened from a search result, its terms marked (was search.test.ts, light theme);
// - a note opened at a line anchor with a keyword link focused (was examples.test.ts).
import type { Page } from '@playwright/test';
import { sitemapPaths } from '../built-site';
import { axeViolations, expect, markButton, seedProgress, test } from './test-utils';

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

interface Run {
	theme: 'light' | 'dark';
	width: string;
	viewport: { width: number; height: number };
}
const LIGHT_DESKTOP: Run = { theme: 'light', width: 'desktop', viewport: DESKTOP };
const DARK_DESKTOP: Run = { theme: 'dark', width: 'desktop', viewport: DESKTOP };
const DARK_PHONE: Run = { theme: 'dark', width: '360 px', viewport: PHONE };

/** The runs of each page: light desktop everywhere, dark at phone width on a page of each template. */
function runsOf(path: string): Run[] {
	if (ONE_PER_TEMPLATE.includes(path)) return [LIGHT_DESKTOP, DARK_PHONE];
	// The progress marks and the "updated" notice in the dark theme, on the notes that show them.
	if (path in PROGRESS_READY && path.startsWith('/notes/')) return [LIGHT_DESKTOP, DARK_DESKTOP];
	return [LIGHT_DESKTOP];
}

/**
 * Pages checked with progress stored (`containers` read at an older version, `what-is-docker`
 * done), and what shows once the page has drawn it.
 */
const PROGRESS_READY: Record<string, (page: Page) => Promise<void>> = {
	'/notes/containers/': async (page) => {
		await expect(page.locator('a[data-progress="updated"]').first()).toBeVisible();
		await expect(markButton(page)).toBeVisible();
		await expect(page.getByText('Updated since you read it', { exact: true })).toBeVisible();
	},
	'/notes/what-is-docker/': async (page) => {
		await expect(page.locator('a[data-progress="updated"]').first()).toBeVisible();
		await expect(markButton(page)).toBeVisible();
	},
	'/': async (page) => {
		await expect(page.locator('a[data-progress="updated"]').first()).toBeVisible();
	},
	'/progress/': async (page) => {
		await expect(page.getByText('You have marked 2 notes as done in this browser.')).toBeVisible();
	},
};

/** Where a page is opened, and what it must show before axe runs, when not just its path. */
const STATES: Record<string, { url: string; ready: (page: Page) => Promise<void> }> = {
	// Marks sit in prose, links and code blocks alike: each must stay readable.
	'/notes/compose/': {
		url: '/notes/compose/?highlight=healthcheck',
		ready: async (page) => {
			await expect(page.getByRole('article').locator('mark').first()).toBeVisible();
		},
	},
	'/notes/multi-stage-builds/': {
		url: '/notes/multi-stage-builds/#ex-multi-stage-builds-1-L7',
		ready: async (page) => {
			await expect(page.locator('#ex-multi-stage-builds-1-L7')).toBeInViewport();
			const run = page.locator('figure.dn-code').getByRole('link', { name: 'RUN', exact: true });
			await run.first().focus();
			await expect(run.first()).toBeFocused();
		},
	},
};

test('every template has a page in the sitemap, so the matrix below covers every layout', () => {
	for (const path of [...ONE_PER_TEMPLATE, ...Object.keys(PROGRESS_READY), ...Object.keys(STATES)])
		expect(PAGES).toContain(path);
});

test('the twin: axe reports what the runs below must not find, under every tag they claim', async ({
	page,
}) => {
	await page.goto('/');
	await page.evaluate(() => {
		const main = document.querySelector('main')!;
		// wcag2a: an image without a text alternative; wcag2aa: grey on white;
		// wcag22aa: a 10 px target; best-practice: content outside every landmark.
		// Styles are set through the DOM: the page's CSP refuses style attributes.
		main.insertAdjacentHTML(
			'afterbegin',
			'<img src="/favicon.svg"><p class="faint">Faint</p>' +
				'<button class="tiny">x</button>'.repeat(2)
		);
		main.querySelector<HTMLElement>('.faint')!.style.cssText = 'color:#bbb;background:#fff';
		for (const tiny of main.querySelectorAll<HTMLElement>('.tiny'))
			tiny.style.cssText = 'all:unset;display:inline-block;width:10px;height:10px';
		document.body.insertAdjacentHTML('beforeend', '<p>Outside every landmark</p>');
	});
	const found = new Set((await axeViolations(page)).map((v) => v.id));
	for (const rule of ['image-alt', 'color-contrast', 'target-size', 'region'])
		expect(found, rule).toContain(rule);
});

for (const path of PAGES) {
	test(`axe finds no violations on ${path}`, async ({ page }) => {
		// axe walks every node of a long note, twice on a template's page; on a shared CI machine that outlasts 30 s.
		test.slow();
		const state = STATES[path];
		const progress = PROGRESS_READY[path];
		if (progress) await seedProgress(page);
		for (const { theme, width, viewport } of runsOf(path)) {
			await test.step(`${theme} theme, ${width}`, async () => {
				await page.setViewportSize(viewport);
				await page.emulateMedia({ colorScheme: theme });
				await page.goto(state?.url ?? path);
				await state?.ready(page);
				await progress?.(page);
				expect(await axeViolations(page), `${path} (${theme}, ${width})`).toEqual([]);
			});
		}
	});
}

test.describe('on a phone with the menu open', () => {
	test.use({ viewport: PHONE });

	test('axe finds no violations in the open sidebar, in both themes', async ({ page }) => {
		test.slow();
		for (const theme of ['light', 'dark'] as const) {
			await test.step(theme, async () => {
				await page.emulateMedia({ colorScheme: theme });
				// A short note: the sidebar is the same on every note, and the note itself is checked above.
				await page.goto('/notes/what-is-docker/');
				await page.getByRole('button', { name: 'Menu' }).click();
				await expect(page.getByRole('navigation', { name: 'Notes' })).toBeVisible();
				expect(await axeViolations(page), theme).toEqual([]);
			});
		}
	});
});
