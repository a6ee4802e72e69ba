import { expect, sourceNotes, test } from './test-utils';

const notes = sourceNotes();

test('the home page lists every note in the learning path', async ({ page }) => {
	await page.goto('/');
	for (const note of notes) {
		await expect(
			page.locator('main').getByRole('link', { name: note.title, exact: true })
		).toHaveAttribute('href', `/notes/${note.slug}/`);
	}
});

// Each note's page, with its title, date and Check yourself section: tests/dist/notes.test.ts.

// Following Next from the first note visits every note once: tests/dist/navigation.test.ts
// reads the built pages' links.

test('Previous walks the path back', async ({ page }) => {
	await page.goto('/');
	const firstTitle = (await page.locator('main ol a').first().textContent())!.trim();
	await page.locator('main ol a').nth(1).click();
	await page
		.getByRole('navigation', { name: 'Learning path' })
		.getByRole('link', { name: /^Previous/ })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstTitle);
});

// That every table-of-contents link names a heading with its text, on every note, is read from
// the built pages (tests/dist/navigation.test.ts); here a click takes the reader there.
// One load of the Dockerfile note for what it shows about itself, step by step.
test('the Dockerfile note: the sidebar marks it, headings link to themselves, code blocks show titles and highlights, a contents link scrolls', async ({
	page,
}) => {
	await page.goto('/notes/dockerfile/');

	await test.step('the sidebar marks the current note', async () => {
		const current = page
			.getByRole('navigation', { name: 'Notes' })
			.locator('[aria-current="page"]');
		await expect(current).toHaveCount(1);
		await expect(current).toHaveAttribute('href', '/notes/dockerfile/');
	});

	await test.step('each heading has a link to itself', async () => {
		const heading = page.locator('.dn-prose h2').first();
		const anchor = heading.locator('.dn-anchor');
		await expect(anchor).toHaveAttribute('href', `#${await heading.getAttribute('id')}`);
		await expect(anchor).toHaveAccessibleName((await heading.textContent())!);
	});

	// Was reading.test.ts "code blocks show their title and highlight the lines their meta asks for".
	await test.step('code blocks show their title and highlight the lines their meta asks for', async () => {
		await expect(page.locator('figure.dn-code figcaption').first()).toBeVisible();
		await expect(page.locator('figure.dn-code .line.highlighted').first()).toBeAttached();
	});

	await test.step('a table-of-contents link, clicked, scrolls its heading into view', async () => {
		const links = page.getByRole('navigation', { name: 'On this page' }).getByRole('link');
		// One far down the page, so the heading starts out of view.
		const link = links.nth(Math.floor((await links.count()) * 0.75));
		const hash = (await link.getAttribute('href'))!;
		const heading = page.locator(`[id="${decodeURIComponent(hash.slice(1))}"]`);
		await expect(heading).not.toBeInViewport();
		await link.click();
		await expect(page).toHaveURL(new RegExp(`${hash}$`));
		await expect(heading).toBeInViewport();
		await expect(heading).toHaveText((await link.textContent())!.trim());
	});
});

test('an unknown address answers 404 with a page that offers search and the learning path', async ({
	page,
}) => {
	const response = await page.goto('/no/such/page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.locator('main').getByRole('button', { name: /search/i })).toBeVisible();
	await expect(page.locator('main').getByRole('link', { name: notes[0]!.title })).toBeVisible();
});

test('"View as Markdown" on a note opens its twin as text/markdown', async ({ page }) => {
	await page.goto('/notes/compose/');
	const link = page.getByRole('link', { name: 'View as Markdown' });
	const href = (await link.getAttribute('href'))!;
	await expect(
		page.locator(`link[rel="alternate"][type="text/markdown"][href="${href}"]`)
	).toHaveCount(1);
	const response = await page.request.get(href);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toMatch(/^text\/markdown/);
	expect(await response.text()).toMatch(/^# Docker Compose\n/);
});
