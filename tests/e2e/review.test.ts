import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './test-utils';
import { readDist } from '../built-site';

test.describe.configure({ timeout: 120_000 });

interface Card {
	id: string;
	slug: string;
	question: { t: string }[];
	answer: { t: string }[][];
}
const cards = JSON.parse(readDist('review/cards.json')) as Card[];
const text = (runs: { t: string }[]) => runs.map((r) => r.t).join('');
const DAY = 86_400_000;
const start = new Date('2026-12-01T09:00:00Z');

function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}

// That cards.json holds every Check yourself question of every note: tests/dist/pages.test.ts.

test('a full review session: cards of a done note, reveal, rate, and back when due', async ({
	page,
}) => {
	const errors = collectErrors(page);
	await page.clock.install({ time: start });
	const due = cards.filter((c) => c.slug === 'volumes');

	await page.goto('/review/');
	await expect(page.getByRole('status')).toHaveText(/No cards yet: mark a note as done/);

	await page.goto('/notes/volumes/');
	await page.getByRole('button', { name: 'Mark as done' }).click();
	await page.goto('/');
	await expect(
		page.getByRole('link', { name: `${due.length} review cards due today: review now` })
	).toBeVisible();
	await page.getByRole('link', { name: /review cards due today/ }).click();
	await expect(page).toHaveURL(/\/review\/$/);

	const ratings = ['Again', 'Hard', 'Good', 'Easy'] as const;
	for (const [i, card] of due.entries()) {
		await expect(page.getByRole('status')).toHaveText(
			`${due.length - i} ${due.length - i === 1 ? 'card' : 'cards'} due.`
		);
		await expect(page.getByRole('heading', { level: 2 })).toHaveText(text(card.question));
		await expect(page.getByText(text(card.answer[0]!))).toBeHidden();
		await expect(page.getByRole('button', { name: 'Good' })).toBeHidden();
		await page.getByRole('button', { name: 'Show the answer' }).click();
		await expect(page.getByText(text(card.answer[0]!))).toBeVisible();
		// Focus moves to the answer, so a screen reader reads it next; axe once, with it shown.
		await expect(page.locator('[data-review-answer]')).toBeFocused();
		if (i === 0) expect(await axeViolations(page)).toEqual([]);
		await page
			.getByRole('group', { name: 'How well did you remember it?' })
			.getByRole('button', { name: ratings[i % 4]! })
			.click();
	}
	await expect(page.getByRole('status')).toHaveText(
		new RegExp(
			`you reviewed ${due.length} cards\\. Nothing is due now\\. The next card comes back on`
		)
	);
	const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('dn-progress')!));
	expect(Object.keys(stored.cards).sort()).toEqual(due.map((c) => c.id).sort());

	// A day later only the card rated "Again" is back; two months later, every card.
	await page.clock.setFixedTime(new Date(start.getTime() + 1.5 * DAY));
	await page.reload();
	await expect(page.getByRole('status')).toHaveText(/^\d+ cards? due\.$/);
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(text(due[0]!.question));
	await page.clock.setFixedTime(new Date(start.getTime() + 60 * DAY));
	await page.reload();
	await expect(page.getByRole('status')).toHaveText(`${due.length} cards due.`);
	expect(errors).toEqual([]);
});

test('export and import carry the review cards to another browser', async ({ page, browser }) => {
	await page.clock.install({ time: start });
	await page.goto('/notes/networking/');
	await page.getByRole('button', { name: 'Mark as done' }).click();
	await page.goto('/review/');
	await page.getByRole('button', { name: 'Show the answer' }).click();
	await page.getByRole('button', { name: 'Easy' }).click();
	const mine = await page.evaluate(() => JSON.parse(localStorage.getItem('dn-progress')!));
	expect(Object.keys(mine.cards)).toHaveLength(1);

	await page.goto('/progress/');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export progress' }).click(),
	]);
	const file = await download.path();
	expect(JSON.parse(readFileSync(file, 'utf8')).cards).toEqual(mine.cards);

	const other = await browser.newContext();
	try {
		const fresh = await other.newPage();
		await fresh.clock.install({ time: start });
		await fresh.goto('/progress/');
		await fresh.getByLabel('Import progress').setInputFiles(file);
		await expect(fresh.getByRole('status').first()).toHaveText(/Imported 1 note/);
		const theirs = await fresh.evaluate(() => JSON.parse(localStorage.getItem('dn-progress')!));
		expect(theirs.cards).toEqual(mine.cards);
		// The imported card is scheduled, so the other browser asks the rest of the note first.
		const networking = cards.filter((c) => c.slug === 'networking');
		await fresh.goto('/review/');
		await expect(fresh.getByRole('status')).toHaveText(`${networking.length - 1} cards due.`);
		await expect(fresh.getByRole('heading', { level: 2 })).toHaveText(
			text(networking[1]!.question)
		);
	} finally {
		await other.close();
	}
});

test('with storage blocked /review/ says it needs storage, without errors', async ({ page }) => {
	const errors = collectErrors(page);
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			},
		});
	});
	await page.goto('/review/');
	await expect(page.getByText(/Review needs JavaScript and browser storage/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Show the answer' })).toHaveCount(0);
	await page.goto('/');
	await expect(page.getByRole('link', { name: /review cards? due/ })).toHaveCount(0);
	expect(errors).toEqual([]);
});
