import { copyWith, expect, test } from './test-utils';

test.describe('theme', () => {
	test('offers system, light and dark, says what pressing it does, and remembers the choice', async ({
		page,
	}) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/notes/dockerfile/');
		const html = page.locator('html');
		const background = () =>
			page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		// Following the system (dark here) until the reader picks a theme.
		await expect(html).not.toHaveAttribute('data-theme');
		expect(await background()).not.toBe('rgb(255, 255, 255)');
		await page.getByRole('button', { name: 'Use light theme' }).click();
		await expect(html).toHaveAttribute('data-theme', 'light');
		await page.reload();
		await expect(html).toHaveAttribute('data-theme', 'light');
		expect(await background()).toBe('rgb(255, 255, 255)');
		await page.getByRole('button', { name: 'Use dark theme' }).click();
		await expect(html).toHaveAttribute('data-theme', 'dark');
		// And back to following the system, which survives a reload too.
		await page.getByRole('button', { name: 'Follow system theme' }).click();
		await expect(html).not.toHaveAttribute('data-theme');
		await page.emulateMedia({ colorScheme: 'light' });
		await page.reload();
		await expect(html).not.toHaveAttribute('data-theme');
		expect(await background()).toBe('rgb(255, 255, 255)');
		await expect(page.getByRole('button', { name: 'Use light theme' })).toBeVisible();
	});

	test('applies a stored theme before the body is parsed, so it never flashes', async ({
		page,
	}) => {
		await page.goto('/');
		await page.evaluate(() => localStorage.setItem('dn-theme', 'dark'));
		await page.addInitScript(() => {
			new MutationObserver((_, observer) => {
				if (document.body) {
					(window as unknown as { themeAtBody: string | undefined }).themeAtBody =
						document.documentElement.dataset.theme;
					observer.disconnect();
				}
			}).observe(document, { childList: true, subtree: true });
		});
		await page.goto('/notes/dockerfile/');
		expect(
			await page.evaluate(
				() => (window as unknown as { themeAtBody: string | undefined }).themeAtBody
			)
		).toBe('dark');
	});
});

test('the copy button copies a console block without prompts or output', async ({
	page,
	context,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/notes/images-and-containers/');
	const block = page
		.locator('figure.dn-code[data-language="console"]')
		.filter({ hasText: '$ ' })
		.first();
	const source = (await block.locator('pre').textContent())!;
	const copied = await copyWith(block.getByRole('button', { name: 'Copy code' }));
	const commands = source
		.split('\n')
		.filter((l) => l.startsWith('$ '))
		.map((l) => l.slice(2));
	expect(copied.split('\n').filter((l) => !/^\s/.test(l) && !l.endsWith('\\'))).not.toContain(
		undefined
	);
	expect(copied).not.toMatch(/^\$ /m);
	for (const command of commands) expect(copied).toContain(command);
	await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveCount(1);
});

// Code blocks' titles and highlighted lines: navigation.test.ts, with the Dockerfile note's other checks.

test.describe('on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('the sidebar sits behind a menu button that opens and closes it', async ({ page }) => {
		await page.goto('/notes/dockerfile/');
		const menu = page.getByRole('button', { name: 'Menu' });
		const sidebar = page.getByRole('navigation', { name: 'Notes' });
		await expect(sidebar).toBeHidden();
		await menu.click();
		await expect(menu).toHaveAttribute('aria-expanded', 'true');
		await expect(sidebar).toBeVisible();
		await menu.click();
		await expect(sidebar).toBeHidden();
		await expect(menu).toHaveAttribute('aria-expanded', 'false');
		// Enter, Tab into the sidebar and Escape back to the button: keyboard.test.ts.
	});

	test('nothing scrolls sideways except code blocks and tables', async ({ page }) => {
		for (const path of ['/', '/notes/dockerfile/', '/notes/compose/', '/no-such-page/']) {
			await page.goto(path);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
	});
});
