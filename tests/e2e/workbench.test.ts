import { readFileSync } from 'node:fs';
import { checkCodeBlock } from '../../src/lib/examples/check-block.ts';
import { decodeShare } from '../../src/lib/workbench/share.ts';
import { findExercise } from '../../src/lib/workbench/exercises/index.ts';
import { axeViolations, expect, test } from './test-utils';
import type { Page } from '@playwright/test';

const editor = (page: Page) => page.getByRole('textbox', { name: 'File to check' });
const findings = (page: Page) => page.getByRole('region', { name: 'Findings' });

/** Wait until the page has drawn the analysis of what the editor holds now. */
async function settled(page: Page) {
	await page.waitForFunction(() => {
		const { wbReady, wbBusy } = document.documentElement.dataset;
		return wbReady !== undefined && wbBusy === undefined;
	});
}

/** Rule ids and lines of the findings the page lists, e.g. `2 [JSONArgsRecommended]`. */
async function listedRules(page: Page): Promise<string[]> {
	const items = await findings(page).getByRole('listitem').allTextContents();
	return items.map((text) => `${/line (\d+)/.exec(text)?.[1]} ${/\[\w+\]/.exec(text)?.[0]}`);
}

test.describe('the workbench', () => {
	test('findings appear as you type, with severity, line, rule id, message and fix, and a mark on the line', async ({
		page,
	}) => {
		await page.goto('/workbench/');
		await settled(page);
		await editor(page).fill('');
		await editor(page).pressSequentially('FROM alpine:3.22\nCMD echo hi\n', { delay: 5 });
		await expect(findings(page)).toContainText('1 finding in this Dockerfile');
		const item = findings(page).getByRole('listitem').first();
		await expect(item).toContainText('Warning');
		await expect(item).toContainText('line 2');
		await expect(item).toContainText('[JSONArgsRecommended]');
		await expect(item).toContainText('Fix:');
		await expect(page.locator('[data-wb-findings]')).toHaveAttribute('aria-live', 'polite');
		await expect(page.locator('[data-wb-gutter] .wb-mark-warning')).toHaveText(/▲\s+2/);
		// "line 2" takes the caret to that line.
		await item.getByRole('button', { name: 'line 2' }).click();
		expect(
			await editor(page).evaluate((el: HTMLTextAreaElement) =>
				el.value.slice(el.selectionStart, el.selectionEnd)
			)
		).toBe('CMD echo hi');
		await editor(page).fill('FROM alpine:3.22\nCMD ["echo", "hi"]\n');
		await expect(findings(page)).toContainText('No findings');
	});

	test('the chosen kind overrides the detected one', async ({ page }) => {
		await page.goto('/workbench/');
		await editor(page).fill('FROM alpine:3.22\n');
		await expect(page.getByText('Detected: a Dockerfile.')).toBeVisible();
		await page.getByRole('combobox', { name: 'Kind of file' }).selectOption('compose');
		await expect(findings(page)).toContainText('in this Compose file');
		await expect(findings(page)).toContainText('[WrongType]');
		await page.reload();
		await expect(page.getByRole('combobox', { name: 'Kind of file' })).toHaveValue('compose');
	});

	test('explains each instruction with its layer and a link to a section that exists', async ({
		page,
	}) => {
		await page.goto('/workbench/');
		await editor(page).fill('FROM alpine:3.22\nWORKDIR /app\nRUN apk add --no-cache curl\n');
		const explain = page.getByRole('region', { name: 'Explain' });
		await expect(explain.getByRole('listitem')).toHaveCount(3);
		await expect(explain.getByRole('listitem').nth(2)).toContainText('(adds a layer)');
		await expect(explain.getByRole('listitem').nth(1)).toContainText('(metadata only, no layer)');
		// The gutter marks the same: ■ adds a layer, □ metadata only.
		await expect(page.locator('[data-wb-gutter] span').nth(2)).toHaveText(/3 ■/);
		await expect(page.locator('[data-wb-gutter] span').nth(1)).toHaveText(/2 □/);
		const link = explain.getByRole('link', { name: 'RUN' });
		await expect(link).toHaveAttribute('href', '/notes/dockerfile/#run');
		await link.click();
		await expect(page.locator('h3#run')).toBeVisible();
	});

	test('explains Compose services and keys with links into the Compose note', async ({ page }) => {
		await page.goto('/workbench/');
		await editor(page).fill(
			'services:\n  web:\n    image: nginx:1.30-alpine\n    ports:\n      - "8080:80"\n'
		);
		const explain = page.getByRole('region', { name: 'Explain' });
		await expect(explain.getByRole('link', { name: 'services.web.ports' })).toHaveAttribute(
			'href',
			'/notes/compose/#ports'
		);
		await expect(page.getByText('Detected: a Compose file.')).toBeVisible();
		await expect(page.getByRole('region', { name: 'What rebuilds?' })).toBeHidden();
	});

	test('draws the stage graph of a multi-stage Dockerfile, with its text alternative', async ({
		page,
	}) => {
		await page.goto('/workbench/');
		await editor(page).fill(
			'FROM golang:1.27-trixie AS build\nRUN go build -o /app\nFROM scratch\nCOPY --from=build /app /app\n'
		);
		const diagram = page.getByRole('region', { name: 'Diagram' });
		await expect(diagram.getByRole('img')).toBeVisible();
		await expect(diagram.getByRole('img')).toHaveAccessibleName(
			/2 stages: build \(from golang:1.27-trixie\), stage 1 \(final, from scratch\)\. stage 1 copies from build\./
		);
		await expect(diagram.locator('svg text').first()).toBeVisible();
	});

	test('draws the service graph of a Compose file, with its text alternative', async ({ page }) => {
		await page.goto('/workbench/');
		await editor(page).fill(
			'services:\n  web:\n    image: nginx:1.30-alpine\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:18\n    healthcheck:\n      test: ["CMD", "pg_isready"]\n'
		);
		const diagram = page.getByRole('region', { name: 'Diagram' });
		await expect(diagram.getByRole('img')).toHaveAccessibleName(/It starts after db is healthy/);
	});

	test('What rebuilds? follows the changes the reader marks, and the .dockerignore', async ({
		page,
	}) => {
		await page.goto('/workbench/');
		await editor(page).fill('FROM node:24-trixie-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\n');
		const rebuild = page.getByRole('region', { name: 'What rebuilds?' });
		await expect(rebuild.getByRole('listitem').nth(3)).toContainText('reused');
		await rebuild.getByRole('checkbox', { name: 'A source file' }).check();
		await expect(rebuild.getByRole('listitem').nth(3)).toContainText('runs again');
		await rebuild.getByRole('textbox', { name: 'Path of the source file' }).fill('notes.md');
		await page.getByText('.dockerignore (optional)').click();
		await page.getByRole('textbox', { name: /The .dockerignore/ }).fill('*.md\n');
		await expect(rebuild.getByRole('listitem').nth(2)).toContainText('.dockerignore keeps it out');
		await expect(rebuild.getByRole('listitem').nth(3)).toContainText('reused');
	});

	test('a reload restores the file from the URL, and the link holds it', async ({ page }) => {
		await page.goto('/workbench/');
		const text = 'FROM alpine:3.22\nRUN echo restored\n';
		await editor(page).fill(text);
		await settled(page);
		const url = page.url();
		expect(decodeShare(new URL(url).hash)?.text).toBe(text);
		await page.reload();
		await expect(editor(page)).toHaveValue(text);
		const other = await page.context().newPage();
		await other.goto(url);
		await expect(editor(other)).toHaveValue(text);
	});

	test('an exercise is not solved at first, is solved by its solution, and is recorded in progress', async ({
		page,
	}) => {
		const exercise = findExercise('non-root')!;
		await page.goto('/workbench/');
		await page.getByRole('link', { name: exercise.title }).click();
		await expect(page).toHaveURL(/\?exercise=non-root/);
		const panel = page.getByRole('region', { name: `Exercise: ${exercise.title}` });
		await expect(panel.getByRole('status')).toHaveText(
			/Not solved yet: 1 of 3 conditions still unmet/
		);
		await expect(panel.getByRole('listitem').filter({ hasText: 'non-root user' })).toContainText(
			'(not met yet)'
		);
		await expect(editor(page)).toHaveValue(exercise.start);
		await panel.getByRole('button', { name: 'Show a solution' }).click();
		await expect(panel.getByRole('status')).toHaveText('Solved: every condition holds.');
		const progress = await page.evaluate(() =>
			JSON.parse(localStorage.getItem('dn-progress') ?? '{}')
		);
		expect(Object.keys(progress.exercises ?? {})).toEqual(['non-root']);
		await page.goto('/workbench/');
		await expect(page.locator('[data-wb-solved="non-root"]')).toBeVisible();
		await expect(page.locator('[data-wb-solved="cache-order"]')).toBeHidden();
		// The progress export carries it to another browser.
		await page.goto('/progress/');
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export progress' }).click();
		const exported = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
		expect(Object.keys(exported.exercises)).toEqual(['non-root']);
	});

	test('every exercise is listed with a link whose URL names it', async ({ page }) => {
		await page.goto('/workbench/');
		const links = page.getByRole('region', { name: 'Exercises' }).getByRole('link');
		expect(await links.count()).toBeGreaterThanOrEqual(8);
		for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
			expect(href).toMatch(/^\/workbench\/\?exercise=[a-z0-9-]+$/);
		}
	});

	test('a note links to the exercises that practise it', async ({ page }) => {
		await page.goto('/notes/container-security/');
		const link = page.getByRole('link', {
			name: /Try it: fix this Dockerfile: Run the container without root/,
		});
		await link.click();
		await expect(
			page.getByRole('heading', { name: /Exercise: Run the container without root/ })
		).toBeVisible();
	});

	// One test per note, so the two share out over the workers (a page load per block).
	for (const slug of ['dockerfile', 'compose']) {
		test(`a code block of /notes/${slug}/ opens in the workbench with the same findings as the build`, async ({
			page,
		}) => {
			await page.goto(`/notes/${slug}/`);
			const hrefs = await page
				.getByRole('link', { name: 'Open in workbench' })
				.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
			expect(hrefs.length).toBeGreaterThan(3);
			for (const href of hrefs) expect(href).toMatch(/^\/workbench\/#text=/);
			let withFindings = 0;
			for (const href of hrefs) {
				const file = decodeShare(new URL(href, 'http://x').hash)!;
				const lang = file.kind === 'compose' ? 'yaml' : 'dockerfile';
				const meta = file.kind === 'compose' ? 'compose' : file.fragment ? 'fragment' : '';
				const expected = checkCodeBlock({ lang, meta, value: file.text }).diagnostics.map(
					(d) => `${d.line} [${d.rule}]`
				);
				if (expected.length > 0) withFindings++;
				// No need to wait for the load event (fonts, images): settled() waits for the analysis.
				await page.goto(href, { waitUntil: 'domcontentloaded' });
				await settled(page);
				expect(await listedRules(page), file.text).toEqual(expected);
			}
			if (slug === 'dockerfile') expect(withFindings).toBeGreaterThan(0);
		});
	}

	test('following Open in workbench from a note shows that block in the editor', async ({
		page,
	}) => {
		await page.goto('/notes/multi-stage-builds/');
		const figure = page
			.locator('figure.dn-code')
			.filter({ has: page.getByRole('link', { name: 'Open in workbench' }) })
			.first();
		const code = await figure.locator('pre code').textContent();
		await figure.getByRole('link', { name: 'Open in workbench' }).click();
		await expect(editor(page)).toHaveValue(code!);
		// The page keeps the file in its own, compressed, form of the fragment from then on.
		await expect(page).toHaveURL(/\/workbench\/#code=/);
	});

	test('no request leaves the site, and no CSP violation is reported', async ({ page }) => {
		const outside: string[] = [];
		const violations: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:')
				outside.push(request.url());
		});
		page.on('console', (message) => {
			if (/Content Security Policy|Refused to/i.test(message.text()))
				violations.push(message.text());
		});
		await page.goto('/workbench/?exercise=go-distroless');
		await expect(page.getByText('Not solved yet')).toBeVisible();
		await page.getByRole('button', { name: 'Show a solution' }).click();
		await expect(page.getByRole('region', { name: 'Diagram' }).getByRole('img')).toBeVisible();
		await page.goto('/workbench/?exercise=compose-healthy');
		await expect(page.getByText('Not solved yet')).toBeVisible();
		await page.getByRole('button', { name: 'Show a solution' }).click();
		await expect(page.getByRole('region', { name: 'Diagram' }).getByRole('img')).toBeVisible();
		expect(outside).toEqual([]);
		expect(violations).toEqual([]);
	});

	test.describe('at 360 px', () => {
		test.use({ viewport: { width: 360, height: 740 } });
		for (const theme of ['light', 'dark'] as const) {
			test(`axe finds no violations in the ${theme} theme, with findings, a diagram and an exercise`, async ({
				page,
			}) => {
				await page.emulateMedia({ colorScheme: theme });
				await page.goto('/workbench/?exercise=go-distroless');
				await expect(
					page.getByRole('region', { name: /Exercise/ }).getByRole('status')
				).toContainText('Not solved yet');
				await editor(page).fill(
					'FROM golang:1.27-trixie AS build\nRUN go build -o /app\nFROM scratch\nCOPY --from=build /app /app\nCMD /app\n'
				);
				await expect(page.getByRole('region', { name: 'Diagram' }).getByRole('img')).toBeVisible();
				await settled(page);
				expect(await axeViolations(page)).toEqual([]);
			});
		}
	});
});
