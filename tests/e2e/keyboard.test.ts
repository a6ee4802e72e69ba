import type { Page } from '@playwright/test';
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
}

/** Press Tab and describe where focus lands (undefined when it leaves the page). */
async function tab(page: Page, shift = false): Promise<FocusStop | undefined> {
	await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
	return page.evaluate(() => {
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
			inViewport: rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth,
			again,
		} as const;
	});
}

test('the skip link is the first stop, shows itself, and moves focus to the main content', async ({ page }) => {
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
	const stops: FocusStop[] = [];
	for (let i = 0; i < 400; i++) {
		const stop = await tab(page);
		if (stop?.again) break;
		if (stop) stops.push(stop);
	}
	expect(stops.length).toBeGreaterThan(20);
	const regions = new Set(stops.map((s) => s.region));
	for (const region of ['header', 'sidebar', 'toc', 'prose'] as const) expect(regions, region).toContain(region);
	const missing = stops.filter((s) => !s.focusVisible || !s.indicator).map((s) => `${s.region}: ${s.label}`);
	expect(missing, 'elements whose :focus-visible style shows no outline or box-shadow').toEqual([]);
});

test('a table-of-contents link, followed with the keyboard, moves reading and Tab to its section', async ({ page }) => {
	await page.goto('/notes/dockerfile/');
	const toc = page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'The build cache' });
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

	test('the menu opens with the keyboard, its links are reachable with Tab, and Escape returns focus', async ({ page }) => {
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
