import { INSTRUCTIONS } from '../../src/lib/dockerfile/instructions';
import { expect, test } from './test-utils';

test.describe('instruction keywords', () => {
	test('a keyword link goes to its heading on the Dockerfile note', async ({ page }) => {
		await page.goto('/notes/multi-stage-builds/');
		const copy = page
			.locator('figure.dn-code')
			.getByRole('link', { name: 'COPY', exact: true })
			.first();
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
		const figure = page
			.locator('figure.dn-code')
			.filter({ has: page.getByRole('link', { name: 'FROM', exact: true }) })
			.first();
		const from = figure.getByRole('link', { name: 'FROM', exact: true }).first();
		await from.focus();
		// The first focus in a block loads what its keys do (src/scripts/code-blocks.ts), which
		// then makes the focused link the block's Tab stop; a Shift+Tab before that has loaded
		// leaves the block by its plain tab order (this test failed now and then on that race).
		await expect(figure.locator('.dn-code-keys')).toHaveText(`FROM: ${INSTRUCTIONS.FROM!.summary}`);
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
		const diagram = page.getByRole('img', {
			name: /^The Compose file defines 2 services: web and redis\./,
		});
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

for (const width of [390, 1280]) {
	test.describe(`diagrams at ${width} px`, () => {
		test.use({ viewport: { width, height: 844 } });

		for (const path of [
			'/notes/multi-stage-builds/',
			'/notes/compose/',
			'/notes/container-security/',
		]) {
			test(`${path}: every label is at least 11 px and inside its shape; only the diagram scrolls`, async ({
				page,
			}) => {
				await page.goto(path);
				const report = await page.evaluate(() => {
					const small: string[] = [];
					const spilled: string[] = [];
					const inside = (inner: DOMRect, outer: DOMRect) =>
						inner.left >= outer.left - 0.5 &&
						inner.right <= outer.right + 0.5 &&
						inner.top >= outer.top - 0.5 &&
						inner.bottom <= outer.bottom + 0.5;
					const svgs = [...document.querySelectorAll<SVGSVGElement>('figure.dn-diagram svg')];
					for (const svg of svgs) {
						const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
						for (const text of svg.querySelectorAll('text')) {
							const px = Number(text.getAttribute('font-size')) * scale;
							if (px < 11) small.push(`${text.textContent} at ${px.toFixed(1)} px`);
						}
						for (const group of svg.querySelectorAll('.node, .cluster')) {
							const shape = group
								.querySelector(':is(path, polygon, ellipse)')!
								.getBoundingClientRect();
							for (const text of group.querySelectorAll('text')) {
								if (!inside(text.getBoundingClientRect(), shape))
									spilled.push(text.textContent ?? '');
							}
						}
					}
					return {
						count: svgs.length,
						small,
						spilled,
						pageWidth: document.documentElement.scrollWidth,
					};
				});
				expect(report.count).toBeGreaterThan(0);
				expect(report.small).toEqual([]);
				expect(report.spilled).toEqual([]);
				expect(report.pageWidth).toBeLessThanOrEqual(width);
			});
		}
	});
}

test.describe('line anchors', () => {
	test('a link to a line scrolls to it and highlights it', async ({ page }) => {
		await page.goto('/notes/multi-stage-builds/#ex-multi-stage-builds-1-L7');
		const line = page.locator('#ex-multi-stage-builds-1-L7');
		await expect(line).toContainText('RUN --mount=type=cache');
		await expect(line).toBeInViewport();
		const [outline, background] = await line.evaluate((l) => [
			getComputedStyle(l).outlineStyle,
			getComputedStyle(l).backgroundColor,
		]);
		expect(outline).toBe('solid');
		const other = await page
			.locator('#ex-multi-stage-builds-1-L6')
			.evaluate((l) => getComputedStyle(l).outlineStyle);
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

	// axe with a highlighted line and a focused keyword, in both themes and at both widths:
	// a11y.test.ts opens /notes/multi-stage-builds/ in that state.
});

test('inline code stays inline outside a listing, also in the cache warning under a block', async ({
	page,
}) => {
	for (const path of ['/notes/dockerfile/', '/notes/multi-stage-builds/', '/notes/compose/']) {
		await page.goto(path);
		const blocks = await page
			.locator('main code:not(pre > code)')
			.evaluateAll((codes) =>
				codes.filter((c) => getComputedStyle(c).display !== 'inline').map((c) => c.textContent)
			);
		expect(blocks, path).toEqual([]);
	}
	await page.goto('/notes/dockerfile/');
	const note = page.getByRole('note').filter({ hasText: 'Cache warning' });
	const width = (await note.boundingBox())!.width;
	const code = note.locator('code').first();
	await expect(code).toBeVisible();
	expect((await code.boundingBox())!.width).toBeLessThan(width / 2);
});

test('checked blocks say what was checked, and Dockerfiles explain their layer marks', async ({
	page,
}) => {
	await page.goto('/notes/multi-stage-builds/');
	const block = page
		.locator('figure.dn-code')
		.filter({ hasText: 'golang:1.27-alpine AS builder' })
		.first();
	await expect(block.getByText('Dockerfile checked: syntax, stages, BuildKit rules')).toBeVisible();
	await expect(block.getByText('adds a layer (RUN, COPY, ADD)')).toBeVisible();
	await expect(block.getByText('metadata only')).toBeVisible();
	const wrong = page
		.locator('figure.dn-code')
		.filter({ hasText: 'Not checked: outdated or wrong on purpose' })
		.first();
	// Its own label says it is not checked; it has no "… checked: …" badge.
	await expect(wrong.locator('.dn-checked')).toHaveCount(0);
	await expect(wrong.getByText(/^(Dockerfile|Compose file) checked:/)).toHaveCount(0);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('no copy button covers code, titled or untitled', async ({ page }) => {
		for (const path of ['/notes/debugging/', '/notes/dockerfile/']) {
			await page.goto(path);
			const report = await page.locator('figure.dn-code').evaluateAll((figures) =>
				figures.map((figure) => {
					const button = figure.querySelector('.dn-copy')!;
					const code = figure.querySelector('pre')!.getBoundingClientRect();
					const title = figure.querySelector('figcaption')?.firstChild;
					const range = document.createRange();
					if (title) range.selectNodeContents(title);
					const box = button.getBoundingClientRect();
					const text = title ? range.getBoundingClientRect() : undefined;
					return {
						shown: box.width > 0,
						overCode: box.bottom > code.top && box.top < code.bottom,
						overTitle:
							!!text && box.left < text.right && box.bottom > text.top && box.top < text.bottom,
					};
				})
			);
			expect(report.length, path).toBeGreaterThan(5);
			expect(
				report.every((r) => r.shown),
				path
			).toBe(true);
			expect(
				report.filter((r) => r.overCode),
				path
			).toEqual([]);
			expect(
				report.filter((r) => r.overTitle),
				path
			).toEqual([]);
		}
	});
});
