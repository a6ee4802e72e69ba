import type { Page } from '@playwright/test';
import { axeViolations, copyWith, expect, test } from './test-utils';

// What readers hit on phones, tablets and keyboards (issue 13), judged at the widths.
// Each test loops over widths in one page rather than opening a page per width.

/** The widths the issue judges at, in CSS px; the phone one is 390 × 844. */
const WIDTHS = [390, 900, 960, 1024, 1100, 1280] as const;
const HEIGHT = 844;
/** The notes the issue names, and the home page. */
const PAGES = [
	'/',
	'/notes/dockerfile/',
	'/notes/compose/',
	'/notes/multi-stage-builds/',
	'/notes/debugging/',
	'/notes/cheat-sheet/',
] as const;

/** Everything closer than 12 px to the window's right edge: text, boxes, code, diagrams, TOC. */
function tooCloseToTheRight(page: Page) {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const found: string[] = [];
		const ownText = (el: Element) =>
			[...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
		const boxed = (style: CSSStyleDeclaration) =>
			style.borderInlineEndWidth !== '0px' || style.backgroundColor !== 'rgba(0, 0, 0, 0)';
		// Inside a box that scrolls sideways, what counts is the box's own edge (an inline
		// <svg> clips its own content, so its box is not the one that scrolls). Each element's
		// nearest such box, and each box's right edge, found once per look at the page.
		const clipOf = new Map<Element, Element | null>();
		const clipFor = (node: Element | null): Element | null => {
			if (!node || node === document.body) return node;
			let clip = clipOf.get(node);
			if (clip === undefined) {
				clip =
					getComputedStyle(node).overflowX === 'visible' || node instanceof SVGElement
						? clipFor(node.parentElement)
						: node;
				clipOf.set(node, clip);
			}
			return clip;
		};
		const rightOf = new Map<Element, number>();
		const clipRight = (clip: Element) => {
			let right = rightOf.get(clip);
			if (right === undefined) rightOf.set(clip, (right = clip.getBoundingClientRect().right));
			return right;
		};
		for (const el of document.querySelectorAll('body *')) {
			if (el.closest('.dn-header, .dn-skip, .dn-sr-only, [hidden], dialog, pagefind-modal'))
				continue;
			const rect = el.getBoundingClientRect();
			if (rect.width === 0 || rect.height === 0) continue;
			const clip = clipFor(el.parentElement);
			const right =
				clip && clip !== document.body ? Math.min(rect.right, clipRight(clip)) : rect.right;
			// Far enough from the edge: what the element is does not matter.
			if (right <= width - 12) continue;
			const style = getComputedStyle(el);
			const matters =
				ownText(el) || boxed(style) || el.matches('pre, svg, img, table, figure, nav a, button');
			if (matters && style.position !== 'fixed')
				found.push(
					`${el.tagName.toLowerCase()}.${el.className} at ${Math.round(width - right)} px`
				);
		}
		// The header's own tools count too: their edge, not the bar's.
		for (const el of document.querySelectorAll('.dn-header-tools > *')) {
			const rect = el.getBoundingClientRect();
			if (rect.width > 0 && rect.right > width - 12)
				found.push(`header ${el.className} at ${Math.round(width - rect.right)} px`);
		}
		return found.slice(0, 8);
	});
}

test('every page keeps a right gutter of at least 12 px at every width', async ({ page }) => {
	test.slow();
	for (const path of PAGES) {
		await page.goto(path);
		for (const width of WIDTHS) {
			await page.setViewportSize({ width, height: HEIGHT });
			expect(await tooCloseToTheRight(page), `${path} at ${width} px`).toEqual([]);
		}
	}
});

/**
 * Wait until the page has drawn two more frames and run the tasks queued before them: a
 * scroll that a close handler restores or moves late (in a later frame or task) has happened.
 */
function twoFrames(page: Page) {
	return page.evaluate(
		() =>
			new Promise<void>((done) =>
				requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)))
			)
	);
}

/** Scroll the page to `y` and wait until it is there. */
async function scrollTo(page: Page, y: number) {
	await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
	await expect.poll(() => page.evaluate(() => Math.round(scrollY))).toBe(y);
}

test('opening and closing search leaves the page exactly where it was, at every width', async ({
	page,
}) => {
	test.slow();
	await page.goto('/notes/dockerfile/');
	const dialog = page.getByRole('dialog');
	for (const width of WIDTHS) {
		await page.setViewportSize({ width, height: HEIGHT });
		for (const shortcut of ['/', 'Control+k']) {
			await scrollTo(page, 3000);
			await page.keyboard.press(shortcut);
			// The first open loads the dialog and Pagefind.
			await expect(dialog).toBeVisible({ timeout: 20_000 });
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();
			// Focus is back where it was; nothing has moved, now or a moment later.
			await twoFrames(page);
			expect(await page.evaluate(() => Math.round(scrollY)), `${shortcut} at ${width} px`).toBe(
				3000
			);
		}
	}
});

test('opening and closing the phone menu leaves the page exactly where it was', async ({
	page,
}) => {
	await page.setViewportSize({ width: 390, height: HEIGHT });
	await page.goto('/notes/dockerfile/');
	const menu = page.getByRole('button', { name: 'Menu' });
	const sidebar = page.getByRole('navigation', { name: 'Notes' });
	// A reader's tap, where the button is: Playwright's click() would first scroll it "into view".
	const tap = async () => {
		const box = (await menu.boundingBox())!;
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	};
	for (const close of ['Escape', 'button'] as const) {
		await scrollTo(page, 2500);
		await tap();
		await expect(sidebar).toBeVisible();
		// Escape from inside the menu, where a keyboard reader would be.
		await sidebar.getByRole('link').first().focus();
		if (close === 'Escape') await page.keyboard.press('Escape');
		else await tap();
		await expect(sidebar).toBeHidden();
		await expect(menu).toBeFocused();
		await twoFrames(page);
		expect(await page.evaluate(() => Math.round(scrollY)), `closed with ${close}`).toBe(2500);
	}
});

test('progress says what is done: the button, the home page above the fold, and /progress/', async ({
	page,
}) => {
	await page.setViewportSize({ width: 390, height: HEIGHT });
	await page.goto('/');
	const path = await page.locator('.dn-path a[data-note]').evaluateAll((links) =>
		links.map((a) => ({
			href: new URL((a as HTMLAnchorElement).href).pathname,
			title: a.firstChild!.textContent!.trim(),
		}))
	);
	// Nothing done yet: no total and no "Continue with".
	await expect(page.getByText(/ of \d+ notes done/)).toBeHidden();
	for (const note of path.slice(0, 2)) {
		await page.goto(note.href);
		const button = page.getByRole('button', { name: 'Mark as done' });
		await expect(button).toBeVisible();
		await button.click();
		// The visible text says the state and what pressing it again does.
		await expect(page.getByRole('button', { name: 'Done ✓ — undo' })).toBeVisible();
	}
	await page.goto('/');
	const total = page.getByText(`2 of ${path.length} notes done`);
	const next = page.getByRole('link', { name: `Continue with ${path[2]!.title}` });
	for (const theme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: theme });
		// Above the fold on a phone: in the first screen, without scrolling.
		await expect(total).toBeInViewport();
		await expect(next).toBeInViewport();
	}
	await expect(next).toHaveAttribute('href', path[2]!.href);
	// axe on the home page and /progress/ with progress stored, at phone width: a11y.test.ts.
	await page.goto('/progress/');
	const list = page.getByRole('region', { name: 'Notes you have done' });
	await expect(list.getByRole('link')).toHaveText(path.slice(0, 2).map((n) => `${n.title} (done)`));
	await expect(list).toContainText(`2 of ${path.length} notes done`);
});

test('commands in tables wrap only at spaces, and each cheat-sheet command has its own copy button', async ({
	page,
	context,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/notes/cheat-sheet/');
	for (const width of WIDTHS) {
		await page.setViewportSize({ width, height: HEIGHT });
		// Where a command's line box changes, the break must fall at a space.
		const midWord = await page.locator('.dn-prose td code').evaluateAll((codes) =>
			codes.flatMap((code) => {
				const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
				// Each character's line, by its index in the whole text (a space at a line's end has no box).
				const chars: { at: number; top: number }[] = [];
				let at = 0;
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					for (let i = 0; i < node.textContent!.length; i++, at++) {
						const range = document.createRange();
						range.setStart(node, i);
						range.setEnd(node, i + 1);
						const rect = range.getClientRects()[0];
						if (rect && rect.width > 0) chars.push({ at, top: Math.round(rect.top) });
					}
				}
				const text = code.textContent!;
				const broken = chars.some(
					(c, i) =>
						i > 0 &&
						c.top > chars[i - 1]!.top + 2 &&
						!/\s/.test(text.slice(chars[i - 1]!.at, c.at + 1))
				);
				return broken ? [text] : [];
			})
		);
		expect(midWord, `commands broken inside a word at ${width} px`).toEqual([]);
	}
	const copy = page.getByRole('button', { name: 'Copy docker image ls --digests' });
	await expect(copy).toHaveText('Copy');
	expect(await copyWith(copy)).toBe('docker image ls --digests');
	await expect(page.getByRole('status').filter({ hasText: 'Command copied' })).toHaveCount(1);
});

test('below the wide layout a bar under the header names the section being read and opens the contents', async ({
	page,
}) => {
	await page.goto('/notes/dockerfile/');
	const bar = page.locator('details.dn-toc-mobile');
	const summary = bar.locator('summary');
	for (const width of [390, 1024]) {
		await page.setViewportSize({ width, height: HEIGHT });
		await page.evaluate(() => {
			const top = document.getElementById('the-build-cache')!.getBoundingClientRect().top + scrollY;
			window.scrollTo({ top: top - 100, behavior: 'instant' });
		});
		// Deep in the note, the bar is still on screen, right under the header, naming the section.
		await expect(summary).toBeInViewport();
		await expect(summary).toContainText('The build cache');
		const headerBottom = await page
			.locator('.dn-header')
			.evaluate((h) => h.getBoundingClientRect().bottom);
		expect(
			Math.round((await summary.boundingBox())!.y),
			`bar under the header at ${width} px`
		).toBeLessThanOrEqual(Math.round(headerBottom) + 1);
		// It opens the table of contents; following a link closes it and leaves the heading in view, below the bar.
		await summary.click();
		const link = bar.getByRole('link', { name: 'Building and running', exact: true });
		await expect(link).toBeVisible();
		expect(await axeViolations(page, '.dn-toc-mobile'), `open bar at ${width} px`).toEqual([]);
		await link.click();
		await expect(page).toHaveURL(/#building-and-running$/);
		await expect(bar).not.toHaveAttribute('open');
		const target = await page.locator('#building-and-running').boundingBox();
		const barBox = await summary.boundingBox();
		expect(target!.y, `heading below the bar at ${width} px`).toBeGreaterThanOrEqual(
			barBox!.y + barBox!.height
		);
		await expect(summary).toContainText('Building and running');
	}
});

test('the long desktop table of contents scrolls to keep the current section in view', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1280, height: 600 });
	await page.goto('/notes/dockerfile/');
	const toc = page.locator('.dn-note-toc');
	// Only meaningful while the list is taller than its box.
	expect(await toc.evaluate((box) => box.scrollHeight > box.clientHeight)).toBe(true);
	await page.keyboard.press('End');
	const current = toc.locator('a[aria-current="true"]');
	await expect(current).toHaveCount(1);
	await expect(current).toBeInViewport();
	// The list scrolls once the current section has changed, so its item gets there a moment later.
	await expect
		.poll(async () => {
			const [item, box] = await Promise.all([current.boundingBox(), toc.boundingBox()]);
			return item!.y >= box!.y && item!.y + item!.height <= box!.y + box!.height;
		}, 'the current item lies inside the scrolled list')
		.toBe(true);
});

test('heading anchors show on hover and focus only, a home card is one link, and reading time stays on one line', async ({
	page,
}) => {
	await page.goto('/notes/dockerfile/');
	const heading = page.locator('.dn-prose h2').nth(1);
	const anchor = heading.locator('.dn-anchor');
	const opacity = () => anchor.evaluate((a) => getComputedStyle(a).opacity);
	await page.mouse.move(0, 0);
	expect(await opacity()).toBe('0');
	await heading.hover();
	expect(await opacity()).toBe('1');
	await page.mouse.move(0, 0);
	await anchor.focus();
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Tab');
	expect(await opacity()).toBe('1');

	await page.goto('/');
	for (const width of WIDTHS) {
		await page.setViewportSize({ width, height: HEIGHT });
		// Each card's reading time sits on the first line of its title, never on a line of its own.
		const alone = await page.locator('.dn-path-notes li').evaluateAll((cards) =>
			cards
				.filter((card) => {
					const title = card.querySelector('a')!.getClientRects()[0]!;
					const time = card.querySelector('.dn-path-minutes')!.getBoundingClientRect();
					return time.top > title.bottom - 1;
				})
				.map((card) => card.querySelector('a')!.textContent!.trim())
		);
		expect(alone, `reading time on a line of its own at ${width} px`).toEqual([]);
	}

	await page.setViewportSize({ width: 390, height: HEIGHT });
	const card = page.locator('.dn-path-notes li').nth(1);
	const href = await card.locator('a').getAttribute('href');
	// A click on the card's description follows its link.
	await card.scrollIntoViewIfNeeded();
	const text = (await card.locator('p').boundingBox())!;
	await page.mouse.click(text.x + 5, text.y + 5);
	await expect(page).toHaveURL(href!);
});

test('the search dialog: one Clear control, Tab kept inside, sections in path order, two-line excerpts on a phone', async ({
	page,
}) => {
	await page.goto('/');
	const pathOrder = (await page.locator('.dn-path-heading a').allTextContents()).map((t) =>
		t.trim()
	);
	await page.setViewportSize({ width: 390, height: HEIGHT });
	await page.keyboard.press('/');
	const dialog = page.getByRole('dialog');
	const input = dialog.getByRole('searchbox').or(dialog.getByRole('textbox')).first();
	await expect(input).toBeFocused({ timeout: 20_000 });
	await page.keyboard.type('healthcheck');
	await expect(dialog.locator('.pf-result-excerpt').first()).toBeVisible({ timeout: 20_000 });

	await expect(
		dialog.getByRole('button', { name: /^Clear/ }).filter({ visible: true })
	).toHaveCount(1);

	// Shift+Tab from the first control goes to the last, and Tab from there comes back.
	await input.focus();
	await page.keyboard.press('Shift+Tab');
	const last = await page.evaluate(() => {
		const el = document.activeElement!;
		return { inside: !!el.closest('dialog'), input: el.matches('input') };
	});
	expect(last).toEqual({ inside: true, input: false });
	// Tab from there (more results may load as focus reaches them) never leaves the dialog and
	// comes round to the input again.
	let back = false;
	for (let i = 0; i < 60 && !back; i++) {
		await page.keyboard.press('Tab');
		const where = await page.evaluate(() => ({
			inside: !!document.activeElement?.closest('dialog'),
			input: !!document.activeElement?.matches('input'),
		}));
		expect(where.inside).toBe(true);
		back = where.input;
	}
	expect(back).toBe(true);

	// A loaded excerpt (not a loading placeholder), long enough for more than two lines.
	const first = dialog
		.locator('.pf-result-excerpt')
		.filter({ hasText: /\w{3}.{80}/ })
		.first();
	await expect(first).toBeVisible();
	await expect
		.poll(() =>
			first.evaluate((el) => {
				const style = getComputedStyle(el);
				const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
				return Math.round(el.getBoundingClientRect().height / line);
			})
		)
		.toBe(2);

	await dialog.getByRole('combobox', { name: /Section/ }).click();
	const options = dialog.getByRole('option');
	await expect(options.first()).toBeVisible();
	const shown = (
		await options.evaluateAll((els) => els.map((o) => o.getAttribute('aria-label') ?? ''))
	).map((label) => label.replace(/, \d+ results?$/, ''));
	expect(shown).toEqual(pathOrder.filter((section) => shown.includes(section)));
	expect(shown.length).toBeGreaterThan(2);
});
