import { INSTRUCTIONS } from '../../src/lib/dockerfile/instructions';
import { axeViolations, expect, test } from './test-utils';

test.describe('instruction keywords', () => {
	test('a keyword link goes to its heading on the Dockerfile note', async ({ page }) => {
		await page.goto('/notes/multi-stage-builds/');
		const copy = page.locator('figure.dn-code').getByRole('link', { name: 'COPY', exact: true }).first();
		await expect(copy).toHaveAccessibleDescription(`${INSTRUCTIONS.COPY!.summary} Adds a layer.`);
		await copy.click();
		await expect(page).toHaveURL(/\/notes\/dockerfile\/#copy$/);
		const target = page.locator(':target');
		await expect(target).toHaveRole('heading');
		await expect(target).toHaveText('COPY');
		await expect(target).toBeInViewport();
	});

	test('keyboard focus shows what the instruction does, under the code', async ({ page }) => {
		await page.goto('/notes/dockerfile/');
		const figure = page.locator('figure.dn-code').filter({ has: page.getByRole('link', { name: 'FROM', exact: true }) }).first();
		const from = figure.getByRole('link', { name: 'FROM', exact: true }).first();
		await from.focus();
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		await expect(from).toBeFocused();
		await expect(figure.locator('.dn-code-keys')).toHaveText(`FROM: ${INSTRUCTIONS.FROM!.summary}`);
	});
});

test.describe('diagrams', () => {
	test('a multi-stage Dockerfile shows its stages, with a text description', async ({ page }) => {
		await page.goto('/notes/multi-stage-builds/');
		const diagram = page.getByRole('img', {
			name: /^2 stages: builder \(from golang:[^)]+\), stage 1 \(final, from alpine:[^)]+\)\. stage 1 copies from builder\.$/,
		});
		await expect(diagram).toBeVisible();
		const box = (await diagram.boundingBox())!;
		expect(box.width).toBeGreaterThan(100);
		const figure = page.locator('figure.dn-diagram').filter({ has: diagram });
		await figure.getByText('Text description').click();
		await expect(figure.getByText(/^2 stages: builder/)).toBeVisible();
	});

	test('a Compose file shows its services, with a text description', async ({ page }) => {
		await page.goto('/notes/compose/');
		const diagram = page.getByRole('img', { name: /^The Compose file defines 2 services: web and redis\./ });
		await expect(diagram).toBeVisible();
		await expect(diagram.locator('text').filter({ hasText: 'healthy' })).toHaveCount(1);
	});

	test('diagrams follow the theme: their text takes the page text colour', async ({ page }) => {
		await page.goto('/notes/compose/');
		const text = page.locator('figure.dn-diagram svg .node text').first();
		for (const theme of ['light', 'dark'] as const) {
			await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
			const [fill, colour] = await text.evaluate((t) => [
				getComputedStyle(t).fill,
				getComputedStyle(document.body).color,
			]);
			expect(fill, theme).toBe(colour);
		}
	});
});

test.describe('line anchors', () => {
	test('a link to a line scrolls to it and highlights it', async ({ page }) => {
		await page.goto('/notes/multi-stage-builds/#ex-multi-stage-builds-2-L7');
		const line = page.locator('#ex-multi-stage-builds-2-L7');
		await expect(line).toContainText('RUN --mount=type=cache');
		await expect(line).toBeInViewport();
		const [outline, background] = await line.evaluate((l) => [getComputedStyle(l).outlineStyle, getComputedStyle(l).backgroundColor]);
		expect(outline).toBe('solid');
		const other = await page.locator('#ex-multi-stage-builds-2-L6').evaluate((l) => getComputedStyle(l).outlineStyle);
		expect(other).toBe('none');
		expect(background).not.toBe('rgba(0, 0, 0, 0)');
	});

	test('the cache warning beside a block links to the line it is about', async ({ page }) => {
		await page.goto('/notes/dockerfile/');
		const note = page.getByRole('note').filter({ hasText: 'Cache warning' });
		await expect(note).toBeVisible();
		await note.getByRole('link', { name: /^Line \d+$/ }).click();
		await expect(page.locator(':target')).toHaveText('COPY . .');
	});

	test('a highlighted line and a focused keyword keep axe clean in both themes', async ({ page }) => {
		// Two full axe runs on a long page.
		test.slow();
		for (const theme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: theme });
			await page.goto('/notes/multi-stage-builds/#ex-multi-stage-builds-2-L7');
			await page.locator('figure.dn-code').getByRole('link', { name: 'RUN', exact: true }).first().focus();
			expect(await axeViolations(page), theme).toEqual([]);
		}
	});
});

test('checked blocks say what was checked, and Dockerfiles explain their layer marks', async ({ page }) => {
	await page.goto('/notes/multi-stage-builds/');
	const block = page.locator('figure.dn-code').filter({ hasText: 'golang:1.26-alpine AS builder' }).first();
	await expect(block.getByText('Dockerfile checked: syntax, stages, BuildKit rules')).toBeVisible();
	await expect(block.getByText('adds a layer (RUN, COPY, ADD)')).toBeVisible();
	await expect(block.getByText('metadata only')).toBeVisible();
	const wrong = page.locator('figure.dn-code').filter({ hasText: 'Intentionally wrong: not checked' }).first();
	await expect(wrong.getByText(/checked:/)).toHaveCount(0);
});
