import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './test-utils';
import { DIST, readDist } from '../built-site';
import { startStaticServer } from '../static-server';
import { WORKER_FILE, workerSettings } from '../../src/lib/offline/precache';
import { buildDeploys, type Deploys } from './progress-fixture';

test.describe.configure({ timeout: 120_000 });
// The other files block the worker (playwright.config.ts); these tests are about it.
test.use({ serviceWorkers: 'allow' });

// The workbench is cached when the build has one.
const hasWorkbench = existsSync(join(DIST, 'workbench', 'index.html'));

test('after one visit, other notes, search and the workbench open with the network off', async ({
	page,
	context,
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/notes/containers/');
	// `ready` resolves once the worker is active, and it activates only after caching every file.
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	await context.setOffline(true);
	// The twin: with the network off, a page of another origin fails, so "offline" is real.
	expect(
		await page.evaluate(() =>
			fetch('http://127.0.0.2:1/').then(
				() => 'online',
				() => 'offline'
			)
		)
	).toBe('offline');

	for (const slug of ['volumes', 'networking', 'compose']) {
		await page.goto(`/notes/${slug}/`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
	}

	await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog', { name: 'Search the notes' });
	await dialog.getByRole('searchbox').fill('healthcheck');
	await expect(dialog.getByText(/^\d+ results? for healthcheck$/).first()).toBeAttached({
		timeout: 15_000,
	});
	await expect(
		dialog.getByRole('list', { name: 'Search results' }).getByRole('link').first()
	).toBeVisible({ timeout: 15_000 });
	await page.keyboard.press('Escape');

	if (hasWorkbench) {
		await page.goto('/workbench/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
	await page.goto('/print/');
	await expect(page.locator('article.dn-print-note').first()).toBeVisible();
	expect(errors).toEqual([]);
});

test('the worker caches this build under its version, and the pages register it', async ({
	page,
}) => {
	const settings = workerSettings(readDist(WORKER_FILE))!;
	expect(settings.urls).toEqual(
		expect.arrayContaining(['/', '/notes/volumes/', '/pagefind/pagefind.js'])
	);
	await page.goto('/notes/volumes/');
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	const caches = await page.evaluate(() => self.caches.keys());
	expect(caches).toEqual([`dn-offline-${settings.version}`]);
	const cached = await page.evaluate(
		(name) =>
			self.caches
				.open(name)
				.then((c) => c.keys())
				.then((keys) => keys.map((r) => new URL(r.url).pathname)),
		caches[0]!
	);
	expect(cached.sort()).toEqual([...settings.urls].sort());
});

test.describe('on a later deploy', () => {
	// A real second build, with one note's title changed: the build version changes with it.
	test.describe.configure({ timeout: 240_000 });
	// The small fixture project, with the service worker, built as two deploys.
	let deploys: Deploys;
	test.beforeAll(() => {
		deploys = buildDeploys(
			{},
			{
				'content/notes/containers.mdx': (text) =>
					text.replace(
						'title: "Containers: what isolates them"',
						'title: "Containers: what isolates them, revised"'
					),
			},
			{ config: 'astro.offline.config.mjs', copy: '.tmp/fixtures/offline' }
		);
	});

	test('the next visit picks up the new build whole, with a quiet notice', async ({
		page,
		context,
	}) => {
		const server = await startStaticServer(deploys.before);
		const failed: string[] = [];
		page.on('requestfailed', (r) => failed.push(r.url()));
		try {
			await page.goto(`${server.origin}/notes/what-is-docker/`);
			await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
			await page.goto(`${server.origin}/notes/kubernetes/`);
			const first = await page.evaluate(() => self.caches.keys());
			expect(first).toHaveLength(1);
			// Served from the cache, so the old title, until the new build is in.
			await expect(
				page.getByRole('link', { name: 'Containers: what isolates them', exact: true }).first()
			).toBeAttached();

			server.serve(deploys.after);
			await page.goto(`${server.origin}/notes/compose/`);
			await expect(
				page.getByRole('status').filter({ hasText: 'This site was updated' })
			).toBeVisible({ timeout: 30_000 });
			const caches = await page.evaluate(() => self.caches.keys());
			expect(caches).toHaveLength(2);
			expect(caches).toContain(first[0]);

			// The next page is the new build, all of it, also with the network off.
			await context.setOffline(true);
			await page.goto(`${server.origin}/notes/containers/`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				'Containers: what isolates them, revised'
			);
			await expect(
				page.getByRole('link', { name: 'Containers: what isolates them, revised' }).first()
			).toBeAttached();
			await expect(
				page.getByRole('status').filter({ hasText: 'This site was updated' })
			).toHaveCount(0);
			expect(failed).toEqual([]);
		} finally {
			await context.setOffline(false);
			await server.close();
		}
	});
});
