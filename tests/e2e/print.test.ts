import type { Page } from '@playwright/test';
import { expect, test } from './test-utils';
import { htmlPages } from '../built-site';

// Notes the build wrote (notes/<slug>/index.html), counted from dist/, not a number written here.
const notePaths = htmlPages().filter((f) => /^notes\/[^/]+\/index\.html$/.test(f));

/** What a print of the page hides and what it keeps, read under the current media. */
async function printedParts(page: Page) {
	return page.evaluate(() => {
		const shown = (el: Element | null) => !!el && (el as HTMLElement).checkVisibility();
		const answers = [...document.querySelectorAll('.dn-prose details > :not(summary)')];
		const codes = [...document.querySelectorAll<HTMLElement>('.dn-code pre')];
		const external = document.querySelector('.dn-prose a[href^="https:"]');
		return {
			header: shown(document.querySelector('header.dn-header')),
			footer: shown(document.querySelector('footer.dn-footer')),
			sidebar: shown(document.querySelector('nav[aria-label="Notes"]')),
			toc: shown(document.querySelector('.dn-note-toc')),
			buttons: [...document.querySelectorAll('button')].filter(shown).length,
			headingAnchors: [...document.querySelectorAll('.dn-anchor')].filter(shown).length,
			h1: shown(document.querySelector('h1')),
			answers: answers.length,
			answersShown: answers.filter(shown).length,
			diagrams: [...document.querySelectorAll('.dn-diagram svg')].filter(shown).length,
			codeShown: codes.filter(shown).length,
			codeCut: codes.filter((pre) => pre.scrollWidth > pre.clientWidth + 1).length,
			externalAfter: external ? getComputedStyle(external, '::after').content : '',
			externalHref: external?.getAttribute('href') ?? '',
		};
	});
}

test('a printed note keeps the note, opens the answers and wraps code, and drops the site around it', async ({
	page,
}) => {
	// A narrow page, so long code lines would be cut off without wrapping.
	await page.setViewportSize({ width: 600, height: 900 });
	await page.goto('/notes/compose/');
	const screen = await printedParts(page);
	// On screen (the twin): header and controls show, answers wait behind their questions.
	expect(screen.header).toBe(true);
	expect(screen.buttons).toBeGreaterThan(0);
	expect(screen.answers).toBeGreaterThan(0);
	expect(screen.answersShown).toBe(0);
	expect(screen.codeCut).toBeGreaterThan(0);

	await page.emulateMedia({ media: 'print' });
	const paper = await printedParts(page);
	expect(paper).toMatchObject({
		header: false,
		footer: false,
		sidebar: false,
		toc: false,
		buttons: 0,
		headingAnchors: 0,
		h1: true,
		answersShown: screen.answers,
		codeShown: screen.codeShown,
		codeCut: 0,
	});
	expect(paper.diagrams).toBeGreaterThan(0);
	expect(paper.diagrams).toBe(screen.diagrams);
	expect(paper.externalAfter).toContain(paper.externalHref);
	await expect(page.getByRole('button', { name: 'Mark as done' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Learning path' })).toBeHidden();
});

test('/print/ holds every note once, in learning-path order, with unique ids and links inside the page', async ({
	page,
}) => {
	await page.goto('/');
	const pathTitles = await page
		.locator('.dn-path-notes a[data-note]')
		.evaluateAll((links) => links.map((a) => a.firstChild!.textContent!.trim()));
	await page.getByRole('link', { name: 'The whole module on one page' }).click();
	await expect(page).toHaveURL(/\/print\/$/);

	const notes = page.locator('article.dn-print-note');
	await expect(notes).toHaveCount(notePaths.length);
	expect(await notes.locator('> h2').allTextContents()).toEqual(pathTitles);
	const contents = page.getByRole('navigation', { name: 'Contents' }).getByRole('link');
	await expect(contents).toHaveCount(notePaths.length);

	const { duplicates, broken, toNotes } = await page.evaluate(() => {
		const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
		const hashes = [...document.querySelectorAll('main a[href^="#"]')].map((a) =>
			a.getAttribute('href')!.slice(1)
		);
		return {
			duplicates: ids.filter((id, i) => ids.indexOf(id) !== i),
			broken: hashes.filter((id) => !document.getElementById(id)),
			toNotes: [...document.querySelectorAll('main a[href*="/notes/"]')].map((a) =>
				a.getAttribute('href')
			),
		};
	});
	expect(duplicates).toEqual([]);
	expect(broken).toEqual([]);
	// Every link to a note of the module now points inside the page (only .md twins and the like stay).
	expect(toNotes.filter((href) => /\/notes\/[^/.]+\/(#.*)?$/.test(href ?? ''))).toEqual([]);

	await page.emulateMedia({ media: 'print' });
	const paper = await printedParts(page);
	expect(paper).toMatchObject({
		header: false,
		footer: false,
		buttons: 0,
		headingAnchors: 0,
		codeCut: 0,
	});
	expect(paper.answersShown).toBe(paper.answers);
	expect(paper.answers).toBeGreaterThanOrEqual(notePaths.length);
	expect(await notes.evaluateAll((all) => all.filter((n) => n.checkVisibility()).length)).toBe(
		notePaths.length
	);
	await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
});
