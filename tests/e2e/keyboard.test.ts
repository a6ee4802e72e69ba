import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './test-utils';

/** What the focused element is, where it sits, and whether its focus indicator is visible. */
interface FocusStop {
	label: string;
	region: 'header' | 'sidebar' | 'toc' | 'prose' | 'other';
	focusVisible: boolean;
	indicator: boolean;
	inViewport: boolean;
	/** True when Tab has come round to an element it already visited. */
	again: boolean;
	/** True inside a code block's figure. */
	inCode: boolean;
}

/** Describe where focus is now (undefined when it has left the page); runs in the page. */
function focusStop(): FocusStop | undefined {
	const el = document.activeElement as HTMLElement | null;
	if (!el || el === document.body) return undefined;
	const again = el.dataset.tabbed === 'yes';
	el.dataset.tabbed = 'yes';
	const style = getComputedStyle(el);
	const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
	const shadow = style.boxShadow !== 'none';
	const rect = el.getBoundingClientRect();
	const region = el.closest('.dn-header')
		? 'header'
		: el.closest('#dn-sidebar')
			? 'sidebar'
			: el.closest('.dn-toc')
				? 'toc'
				: el.closest('.dn-prose')
					? 'prose'
					: 'other';
	return {
		label: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}" ${el.getAttribute('href') ?? ''}`,
		region,
		focusVisible: el.matches(':focus-visible'),
		indicator: outline || shadow,
		inViewport:
			rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth,
		again,
		inCode: !!el.closest('figure.dn-code'),
	};
}

/** Press Tab and describe where focus lands (undefined when it leaves the page). */
async function tab(page: Page, shift = false): Promise<FocusStop | undefined> {
	await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
	return page.evaluate(focusStop);
}

const sessions = new WeakMap<Page, CDPSession>();

/**
 * Press Tab `count` times, as Chromium's own input does (the same DevTools call Playwright's
 * keyboard.press makes), sent at once instead of one press after the other: Playwright waits
 * some 60 ms per press, and a round of a long note is close to 200 presses. Chromium handles
 * the presses in order, so each keyup still sees the focus its Tab moved.
 */
async function pressTabs(page: Page, count: number) {
	let cdp = sessions.get(page);
	if (!cdp) sessions.set(page, (cdp = await page.context().newCDPSession(page)));
	const key = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 };
	await Promise.all(
		Array.from({ length: count }, () => [
			cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key }),
			cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key }),
		]).flat()
	);
}

/**
 * Press Tab until focus comes round to an element it already visited (at most `max` times)
 * and describe every stop on the way, as `tab` would after each press. The page records each
 * stop itself when the key comes up, so the presses need no round trip of their own to read it.
 */
async function tabRound(page: Page, max = 400): Promise<FocusStop[]> {
	// A string, so the page's CSP (no eval) does not apply: DevTools evaluates it.
	await page.evaluate(`(() => {
		const describe = ${focusStop.toString()};
		const stops = (window.dnStops = []);
		addEventListener('keyup', (event) => event.key === 'Tab' && stops.push(describe()), true);
	})()`);
	const read = () =>
		page.evaluate(() => (window as unknown as { dnStops: (FocusStop | null)[] }).dnStops);
	let seen: (FocusStop | null)[] = [];
	for (let pressed = 0; pressed < max && !seen.some((stop) => stop?.again);) {
		const batch = Math.min(20, max - pressed);
		await pressTabs(page, batch);
		pressed += batch;
		seen = await read();
	}
	const round = seen.findIndex((stop) => stop?.again);
	return (round >= 0 ? seen.slice(0, round) : seen).filter((stop): stop is FocusStop => !!stop);
}

test('the skip link is the first stop, shows itself, and moves focus to the main content', async ({
	page,
}) => {
	await page.goto('/notes/dockerfile/');
	const first = await tab(page);
	expect(first?.label).toMatch(/^a "Skip to content"/);
	expect(first?.inViewport).toBe(true);
	expect(first?.indicator).toBe(true);
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
	// The next Tab continues from the main content, not from the header.
	const next = await tab(page);
	expect(next?.region).not.toBe('header');
	expect(next?.region).not.toBe('sidebar');
});

test('every element reached with Tab shows a visible focus indicator', async ({ page }) => {
	// One key press per focusable element of a whole note: slow on a busy machine.
	test.setTimeout(120_000);
	await page.goto('/notes/multi-stage-builds/');
	const stops = await tabRound(page);
	expect(stops.length).toBeGreaterThan(20);
	const regions = new Set(stops.map((s) => s.region));
	for (const region of ['header', 'sidebar', 'toc', 'prose'] as const)
		expect(regions, region).toContain(region);
	const missing = stops
		.filter((s) => !s.focusVisible || !s.indicator)
		.map((s) => `${s.region}: ${s.label}`);
	expect(missing, 'elements whose :focus-visible style shows no outline or box-shadow').toEqual([]);
});

test('a table-of-contents link, followed with the keyboard, moves reading and Tab to its section', async ({
	page,
}) => {
	await page.goto('/notes/dockerfile/');
	const toc = page
		.getByRole('navigation', { name: 'On this page' })
		.getByRole('link', { name: 'The build cache' });
	await toc.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#the-build-cache$/);
	await expect(page.locator('#the-build-cache')).toBeInViewport();
	// Sequential focus now starts at the heading: the next stop is its own link.
	const next = await tab(page);
	expect(next?.label.endsWith('#the-build-cache')).toBe(true);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('the menu opens with the keyboard, its links are reachable with Tab, and Escape returns focus', async ({
		page,
	}) => {
		await page.goto('/notes/dockerfile/');
		let stop = await tab(page);
		for (let i = 0; i < 5 && !stop?.label.includes('Menu'); i++) stop = await tab(page);
		expect(stop?.label).toContain('Menu');
		expect(stop?.indicator).toBe(true);
		await page.keyboard.press('Enter');
		const sidebar = page.getByRole('navigation', { name: 'Notes' });
		await expect(sidebar).toBeVisible();
		const seen: FocusStop[] = [];
		for (let i = 0; i < 8; i++) {
			const s = await tab(page);
			if (!s) break;
			seen.push(s);
			if (s.region === 'sidebar') break;
		}
		const inSidebar = seen.at(-1);
		expect(inSidebar?.region, seen.map((s) => s.label).join(' → ')).toBe('sidebar');
		expect(inSidebar?.inViewport).toBe(true);
		expect(inSidebar?.indicator).toBe(true);
		await page.keyboard.press('Escape');
		await expect(sidebar).toBeHidden();
		await expect(page.getByRole('button', { name: 'Menu' })).toBeFocused();
	});
});

test.describe('code blocks on the keyboard', () => {
	test('the Dockerfile note takes at most 180 Tab stops, one per code block, each with visible focus', async ({
		page,
	}) => {
		// One key press per stop on the longest note.
		test.setTimeout(120_000);
		await page.goto('/notes/dockerfile/');
		const blocks = await page.locator('figure.dn-code').count();
		const stops = await tabRound(page);
		expect(stops.length).toBeLessThanOrEqual(180);
		expect(stops.filter((s) => s.inCode)).toHaveLength(blocks);
		const missing = stops.filter((s) => !s.focusVisible || !s.indicator).map((s) => s.label);
		expect(missing).toEqual([]);
	});

	test('a keyword link deep in a block is reached with the arrow keys, shows its definition in place, and lands on its heading', async ({
		page,
	}) => {
		await page.goto('/notes/dockerfile/');
		// The block with the most keyword links, and its last one.
		const index = await page.evaluate(() => {
			const figures = [...document.querySelectorAll('figure.dn-code')];
			const counts = figures.map((f) => f.querySelectorAll('pre a.dn-kw').length);
			return counts.indexOf(Math.max(...counts));
		});
		const figure = page.locator('figure.dn-code').nth(index);
		const links = figure.locator('pre a.dn-kw');
		const total = await links.count();
		expect(total).toBeGreaterThan(5);
		const target = links.last();
		const keyword = (await target.textContent())!;
		const after = target.locator('xpath=following-sibling::span[1]');
		// Where the code after the keyword sits in its line: focus must not push it sideways.
		const place = () =>
			after.evaluate((s: HTMLElement) => [s.offsetLeft, s.offsetTop, s.offsetWidth]);
		const before = await place();
		// Tab to the block's code; its Copy button and links are not Tab stops of their own.
		const pre = figure.locator('pre');
		for (let i = 0; i < 300 && !(await pre.evaluate((p) => p === document.activeElement)); i++) {
			await pressTabs(page, 1);
		}
		await expect(pre).toBeFocused();
		await expect(figure.locator('.dn-code-keys')).toBeVisible();
		// One ↓ per action (Open in workbench, Copy), then one ↓ per link.
		const actions = await figure.locator('.dn-code-actions a, .dn-copy:not([hidden])').count();
		expect(actions).toBeGreaterThan(0);
		for (let i = 0; i < actions + total; i++) await page.keyboard.press('ArrowDown');
		await expect(target).toBeFocused();
		expect(
			await target.evaluate(
				(a) => a.matches(':focus-visible') && getComputedStyle(a).outlineStyle !== 'none'
			)
		).toBe(true);
		await expect(figure.locator('.dn-code-keys')).toContainText(
			(await target.getAttribute('title'))!
		);
		expect(await place()).toEqual(before);
		// The roving stop stays on the link: Shift+Tab and Tab come back to it.
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		await expect(target).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`#${keyword.toLowerCase()}$`));
		const heading = page.locator(':target');
		await expect(heading).toHaveRole('heading');
		await expect(heading).toHaveText(keyword.toUpperCase());
		await expect(heading).toBeInViewport();
	});

	test("Escape returns from a keyword link to the code, which becomes the block's Tab stop again", async ({
		page,
	}) => {
		await page.goto('/notes/dockerfile/');
		const figure = page
			.locator('figure.dn-code')
			.filter({ has: page.locator('pre a.dn-kw') })
			.first();
		await figure.locator('pre a.dn-kw').first().focus();
		await page.keyboard.press('Escape');
		await expect(figure.locator('pre')).toBeFocused();
		expect(await figure.locator('pre').getAttribute('tabindex')).toBe('0');
		expect(await figure.locator('pre a.dn-kw').first().getAttribute('tabindex')).toBe('-1');
	});
});
