import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { startStaticServer } from '../static-server';
import { axeViolations, expect, markButton, seedProgress, test } from './test-utils';
import { buildDeploys, fixtureNotesIn, syntheticNote, type Deploys } from './progress-fixture';

// Each test walks through several pages (and axe reads whole notes): more than the default
// 30 s when the machine is shared.
test.describe.configure({ timeout: 120_000 });

const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Notes' });

/** Collect console errors and uncaught exceptions while a test runs. */
function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		// The site has no favicon yet, and Chromium asks for one on every page: not ours to judge here.
		if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico'))
			errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

/** The learning path as the home page lists it: sections with their notes' paths and titles. */
async function homePath(page: Page) {
	await page.goto('/');
	return page.locator('.dn-path-section').evaluateAll((sections) =>
		sections.map((section) => ({
			name: section.querySelector('h3 a')!.textContent!.trim(),
			notes: [...section.querySelectorAll<HTMLAnchorElement>('a[data-note]')].map((a) => ({
				path: new URL(a.href).pathname,
				title: a.firstChild!.textContent!.trim(),
			})),
		}))
	);
}

test('marking a note as done is kept across reloads and shows in the sidebar', async ({ page }) => {
	const errors = collectErrors(page);
	await page.goto('/notes/containers/');
	const button = markButton(page);
	await expect(button).toHaveText('Mark as done');
	await button.click();
	await expect(button).toHaveText('Done ✓ — undo');
	await page.reload();
	await expect(markButton(page)).toHaveText('Done ✓ — undo');
	await expect(
		sidebar(page).getByRole('link', { name: 'Containers: what isolates them (done)' })
	).toBeVisible();
	// The keyboard works as well as the pointer: Space on the focused button un-marks it.
	await markButton(page).focus();
	await page.keyboard.press('Space');
	await expect(markButton(page)).toHaveText('Mark as done');
	await page.reload();
	await expect(markButton(page)).toHaveText('Mark as done');
	await expect(
		sidebar(page).getByRole('link', { name: 'Containers: what isolates them', exact: true })
	).toBeVisible();
	expect(errors).toEqual([]);
});

test('the home page and sidebar count each section and continue at the first note not done', async ({
	page,
}) => {
	const path = await homePath(page);
	const first = path[0]!;
	expect(first.notes.length).toBeGreaterThanOrEqual(3);
	// Nothing done yet: no counts, no continue link, only the way to the progress page.
	await expect(page.getByRole('link', { name: /Continue with/ })).toBeHidden();
	await expect(page.getByRole('link', { name: /Your progress/ })).toBeVisible();

	// Done out of order: the first and third notes, so "continue" must skip to the second.
	for (const note of [first.notes[0]!, first.notes[2]!]) {
		await page.goto(note.path);
		await markButton(page).click();
		await expect(markButton(page)).toHaveText('Done ✓ — undo');
	}
	const heading = sidebar(page).getByRole('heading', { name: new RegExp(`^${first.name}`) });
	await expect(heading).toHaveText(`${first.name}2 of ${first.notes.length} done`);

	await page.goto('/');
	await expect(page.getByRole('heading', { name: first.name })).toHaveText(
		new RegExp(`2 of ${first.notes.length}`)
	);
	await expect(page.getByRole('heading', { name: path[1]!.name })).toHaveText(
		new RegExp(`0 of ${path[1]!.notes.length}`)
	);
	const next = page.getByRole('link', { name: /Continue with/ });
	await expect(next).toHaveAccessibleName(`Continue with ${first.notes[1]!.title}`);
	await expect(next).toHaveAttribute('href', first.notes[1]!.path);
	await expect(page.getByRole('link', { name: `${first.notes[0]!.title} (done)` })).toBeVisible();
	await next.click();
	await expect(page).toHaveURL(first.notes[1]!.path);
});

test.describe('on a later deploy', () => {
	// One fixture build for both tests, so they share a worker and run in order.
	test.describe.configure({ mode: 'serial', timeout: 240_000 });
	let deploys: Deploys;
	/** Notes added to Reference, so the path (over 60 notes) outgrows the sidebar. */
	const EXTRA = 55;

	test.beforeAll(() => {
		// The small fixture site, built twice: one note gets a new sentence, another only whitespace.
		const added = Object.fromEntries(
			Array.from({ length: EXTRA }, (_, i) => [
				`content/notes/extra-${i}.mdx`,
				syntheticNote(`extra-${i}`, 'Reference', 100 + i),
			])
		);
		deploys = buildDeploys(added, {
			'content/notes/containers.mdx': (text) =>
				text.replace('That is the promise.', 'That is the promise, and this sentence is new.'),
			'content/notes/what-is-docker.mdx': (text) => `${text.replace(/\n/g, '  \r\n')}\n\n`,
		});
	});

	test('a note read before the change says "updated since you read it" until marked again', async ({
		page,
	}) => {
		const server = await startStaticServer(deploys.before);
		try {
			for (const slug of ['containers', 'what-is-docker']) {
				await page.goto(`${server.origin}/notes/${slug}/`);
				await markButton(page).click();
				await expect(markButton(page)).toHaveText('Done ✓ — undo');
			}
			const before = await page.locator('div[data-note]').getAttribute('data-hash');

			server.serve(deploys.after);
			await page.goto(`${server.origin}/notes/containers/`);
			await expect(page.getByText('Updated since you read it', { exact: true })).toBeVisible();
			await expect(
				page.getByText(/This note was updated since you marked it as done/)
			).toBeVisible();
			await expect(markButton(page)).toHaveText('Mark as done');
			const updatedLink = 'Containers: what isolates them (updated since you read it)';
			await expect(sidebar(page).getByRole('link', { name: updatedLink })).toBeVisible();
			// Whitespace is not a change: that note stays done.
			await expect(
				sidebar(page).getByRole('link', { name: 'What Docker is (done)' })
			).toBeVisible();

			await page.goto(`${server.origin}/notes/what-is-docker/`);
			expect(await page.locator('div[data-note]').getAttribute('data-hash')).toBe(before);
			await expect(markButton(page)).toHaveText('Done ✓ — undo');

			await page.goto(`${server.origin}/`);
			await expect(page.getByRole('link', { name: updatedLink })).toBeVisible();

			await page.goto(`${server.origin}/notes/containers/`);
			await markButton(page).click();
			await expect(markButton(page)).toHaveText('Done ✓ — undo');
			await expect(page.getByText('Updated since you read it', { exact: true })).toBeHidden();
			await expect(
				sidebar(page).getByRole('link', { name: 'Containers: what isolates them (done)' })
			).toBeVisible();
		} finally {
			await server.close();
		}
	});

	test('sections the sidebar shows only in part still count every note', async ({ page }) => {
		// The fixture's own Reference notes (its Glossary), plus the synthetic ones added to it.
		const referenceNotes = fixtureNotesIn('Reference');
		const server = await startStaticServer(deploys.after);
		const errors = collectErrors(page);
		try {
			// Reference is long: its sidebar shows a window, and the glossary falls outside it.
			for (const slug of ['compose', 'glossary', 'extra-54']) {
				await page.goto(`${server.origin}/notes/${slug}/`);
				await markButton(page).click();
				await expect(markButton(page)).toHaveText('Done ✓ — undo');
			}
			const reference = sidebar(page).getByRole('heading', { name: /^Reference/ });
			await expect(sidebar(page).getByRole('link', { name: /Glossary/ })).toHaveCount(0);
			await expect(reference).toHaveText(`Reference2 of ${referenceNotes + EXTRA} done`);

			// From Foundations, every other section is closed to a heading, and still counted.
			await page.goto(`${server.origin}/notes/containers/`);
			await expect(sidebar(page).getByRole('link', { name: 'Docker Compose' })).toHaveCount(0);
			await expect(
				sidebar(page).getByRole('heading', { name: /^Running many containers/ })
			).toHaveText(`Running many containers1 of ${fixtureNotesIn('Running many containers')} done`);
			await expect(reference).toHaveText(`Reference2 of ${referenceNotes + EXTRA} done`);
			await expect(sidebar(page).getByRole('heading', { name: /^Orchestration/ })).toHaveText(
				`Orchestration0 of ${fixtureNotesIn('Orchestration')} done`
			);
			expect(errors).toEqual([]);
		} finally {
			await server.close();
		}
	});
});

test('progress exported from one browser imports into another and merges', async ({
	page,
	browser,
}) => {
	for (const slug of ['what-is-docker', 'containers']) {
		await page.goto(`/notes/${slug}/`);
		await markButton(page).click();
		await expect(markButton(page)).toHaveText('Done ✓ — undo');
	}
	await page.goto('/');
	await page.getByRole('link', { name: /Your progress/ }).click();
	await expect(page.getByText('You have marked 2 notes as done in this browser.')).toBeVisible();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export progress' }).click(),
	]);
	expect(download.suggestedFilename()).toMatch(/^docker-notes-progress-\d{4}-\d{2}-\d{2}\.json$/);
	const file = await download.path();
	const exported = JSON.parse(readFileSync(file, 'utf8'));
	expect(exported.v).toBe(1);
	expect(Object.keys(exported.notes).sort()).toEqual(['containers', 'what-is-docker']);

	const other = await browser.newContext();
	try {
		const fresh = await other.newPage();
		const errors = collectErrors(fresh);
		await fresh.goto('/notes/compose/');
		await markButton(fresh).click();
		await fresh.goto('/progress/');
		await fresh.getByLabel('Import progress').setInputFiles(file);
		await expect(fresh.getByRole('status')).toHaveText(/Imported 2 notes/);
		await expect(fresh.getByText('You have marked 3 notes as done in this browser.')).toBeVisible();
		await fresh.goto('/');
		for (const title of ['What Docker is', 'Containers: what isolates them', 'Docker Compose']) {
			await expect(fresh.getByRole('link', { name: `${title} (done)` })).toBeVisible();
		}

		await fresh.goto('/progress/');
		await fresh.getByLabel('Import progress').setInputFiles({
			name: 'notes.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"hello":1}'),
		});
		await expect(fresh.getByRole('status')).toHaveText(/is not a progress file/);
		await expect(fresh.getByText('You have marked 3 notes as done in this browser.')).toBeVisible();
		expect(errors).toEqual([]);
	} finally {
		await other.close();
	}
});

test('reset asks for confirmation and forgets everything only when confirmed', async ({ page }) => {
	await page.goto('/notes/containers/');
	await markButton(page).click();
	await page.goto('/progress/');
	await page.getByRole('button', { name: 'Reset progress…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Reset all progress?' });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog).toBeHidden();
	await expect(page.getByText('You have marked 1 note as done in this browser.')).toBeVisible();

	await page.getByRole('button', { name: 'Reset progress…' }).click();
	await dialog.getByRole('button', { name: 'Reset progress' }).click();
	await expect(page.getByText('You have marked 0 notes as done in this browser.')).toBeVisible();
	await expect(page.getByRole('status')).toHaveText('Progress reset.');
	await page.goto('/notes/containers/');
	await expect(markButton(page)).toHaveText('Mark as done');
});

test.describe('with storage blocked', () => {
	test.beforeEach(async ({ page }) => {
		// What a browser with site data blocked does: any touch of localStorage throws.
		await page.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				},
			});
		});
	});

	test('no control shows and nothing reaches the console', async ({ page }) => {
		const errors = collectErrors(page);
		await page.goto('/notes/containers/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(markButton(page)).toHaveCount(0);
		await expect(page.locator('div[data-note]')).toBeHidden();
		await page.goto('/');
		await expect(page.getByRole('link', { name: /Your progress/ })).toHaveCount(0);
		await expect(page.getByRole('link', { name: /Continue with/ })).toHaveCount(0);
		await page.goto('/progress/');
		await expect(
			page.getByText(/Tracking progress needs JavaScript and browser storage/)
		).toBeVisible();
		await expect(page.getByRole('button', { name: 'Export progress' })).toHaveCount(0);
		expect(errors).toEqual([]);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the note reads as before and no progress control shows', async ({ page }) => {
		await page.goto('/notes/containers/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(markButton(page)).toHaveCount(0);
		await expect(page.getByText('Updated since you read it')).toBeHidden();
		await page.goto('/');
		await expect(page.getByRole('link', { name: /Your progress/ })).toHaveCount(0);
		await page.goto('/progress/');
		await expect(page.getByText(/Tracking progress needs JavaScript/)).toBeVisible();
	});
});

test.describe('accessibility with the controls shown', () => {
	// axe on /notes/containers/, /notes/what-is-docker/, / and /progress/ with this progress
	// stored, in both themes: a11y.test.ts, which checks those pages in that state.

	test('axe finds no violations in the reset dialog', async ({ page }) => {
		await seedProgress(page);
		await page.goto('/progress/');
		await page.getByRole('button', { name: 'Reset progress…' }).click();
		await expect(page.getByRole('dialog')).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});

	test.describe('on a phone', () => {
		test.use({ viewport: { width: 360, height: 740 } });

		test('the controls fit the screen', async ({ page }) => {
			await seedProgress(page);
			const controls = {
				'/notes/containers/': '.dn-done',
				'/': '.dn-progress-home',
				'/progress/': '.dn-transfer',
			};
			for (const [path, selector] of Object.entries(controls)) {
				await page.goto(path);
				await expect(page.locator(selector)).toBeVisible();
				// Every part of the controls, down to each word, ends inside the 360 px viewport.
				const widest = await page
					.locator(`${selector}, ${selector} *`)
					.evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().right)));
				expect(widest, path).toBeLessThanOrEqual(360);
			}
		});
	});
});
