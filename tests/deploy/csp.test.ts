import { createHash } from 'node:crypto';
import type { BrowserContext, Page } from '@playwright/test';
import { sitemapPaths } from '../built-site';
import { expect, test } from '../e2e/test-utils';
import { parsePolicy } from './csp-policy';

/** What a page did that a strict deployment must not: CSP violations, errors, foreign requests. */
interface Watch {
	/** `securitypolicyviolation` events, as `directive blocked-uri`. */
	violations(): Promise<string[]>;
	/** Console errors and uncaught exceptions. */
	errors: string[];
	/** Console warnings (Pagefind announces its main-thread fallback with one). */
	warnings: string[];
	/** Requests to anywhere but the nginx under test. */
	foreign: string[];
	/** Responses with an error status, as `status url`. */
	failed: string[];
}

/** Start recording, before the first navigation, everything `Watch` reports. */
async function watch(page: Page, context: BrowserContext): Promise<Watch> {
	const result: Omit<Watch, 'violations'> = { errors: [], warnings: [], foreign: [], failed: [] };
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.effectiveDirective} ${event.blockedURI}`)
		);
	});
	page.on('console', (message) => {
		if (message.type() === 'error') result.errors.push(message.text());
		if (message.type() === 'warning') result.warnings.push(message.text());
	});
	page.on('pageerror', (error) => result.errors.push(error.message));
	context.on('response', (response) => {
		if (response.status() >= 400)
			result.failed.push(`${response.status()} ${new URL(response.url()).pathname}`);
	});
	context.on('request', (request) => {
		const url = new URL(request.url());
		if (/^(https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1')
			result.foreign.push(request.url());
	});
	return {
		...result,
		violations: () =>
			page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
	};
}

/** The CSP source that allows an inline script or style with this exact text. */
function hashSource(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Open search the way a reader does (the header button or the `/` key) and look for `depends_on`. */
async function searchDependsOn(page: Page, how: 'button' | 'key') {
	if (how === 'button')
		await page
			.getByRole('button', { name: /search/i })
			.first()
			.click();
	else await page.keyboard.press('/');
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('searchbox').or(dialog.getByRole('textbox')).first().fill('depends_on');
	return dialog.getByRole('link', { name: 'Docker Compose', exact: true });
}

/** One page of each kind the site has. */
const PAGE_TYPES = [
	{ kind: 'home', path: '/', how: 'button' },
	{ kind: 'note with code blocks', path: '/notes/compose/', how: 'key' },
	{ kind: 'list of notes', path: '/notes/', how: 'key' },
	{ kind: 'section', path: '/sections/foundations/', how: 'button' },
	{ kind: '404', path: '/no-such-page/', how: 'button' },
] as const;

for (const { kind, path, how } of PAGE_TYPES) {
	test(`the ${kind} page works under its CSP: scripts run, search finds depends_on, nothing is blocked`, async ({
		page,
		context,
	}) => {
		const watched = await watch(page, context);
		await page.goto(path);

		// The theme script (inline, before the meta) and the bundled theme toggle both ran.
		await expect(page.locator('html')).toHaveClass(/\bjs\b/);
		const toggle = page.getByRole('button', { name: /^(Use light|Use dark|Follow system) theme$/ });
		const before = await toggle.getAttribute('data-mode');
		await toggle.click();
		await expect(toggle).not.toHaveAttribute('data-mode', before!);

		if (kind === 'note with code blocks') {
			// The copy script revealed its buttons, the TOC script marked the heading in view.
			await expect(page.getByRole('button', { name: 'Copy code' }).first()).toBeVisible();
			await expect(page.locator('.dn-toc a[aria-current="true"]').first()).toBeAttached();
		}

		const result = await searchDependsOn(page, how);
		// The first search loads Pagefind's wasm and index: give a busy machine time.
		await expect(result).toBeVisible({ timeout: 30_000 });

		expect(await watched.violations()).toEqual([]);
		expect(watched.failed).toEqual(path === '/no-such-page/' ? ['404 /no-such-page/'] : []);
		expect(watched.errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
		// Search ran in Pagefind's worker: the header CSP on pagefind-worker.js let its wasm run.
		expect(watched.warnings.filter((w) => w.includes('falling back'))).toEqual([]);
		expect(watched.foreign).toEqual([]);
	});
}

test('on a phone, the menu button opens the sidebar under the CSP', async ({ page, context }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	const watched = await watch(page, context);
	await page.goto('/notes/compose/');
	await page.getByRole('button', { name: 'Menu' }).click();
	await expect(page.getByRole('navigation', { name: 'Notes' })).toBeVisible();
	expect(await watched.violations()).toEqual([]);
	expect(watched.errors).toEqual([]);
});

// These tests replace Pagefind's worker with page.route, which does not see what the offline
// service worker answers from its cache: without the service worker, every request reaches the route.
test.describe('with Pagefind’s worker replaced', () => {
	test.use({ serviceWorkers: 'block' });

	test('search still works on the main thread when Pagefind’s worker cannot start', async ({
		page,
		context,
	}) => {
		// Pagefind falls back to the main thread, where the page's own CSP applies to its
		// WebAssembly: this is what 'wasm-unsafe-eval' is for.
		await page.route('**/pagefind/pagefind-worker.js', (route) =>
			route.fulfill({ status: 404, body: '' })
		);
		const watched = await watch(page, context);
		await page.goto('/notes/dockerfile/');
		await expect(await searchDependsOn(page, 'button')).toBeVisible({ timeout: 30_000 });
		expect(watched.warnings.some((w) => w.includes('falling back to main thread'))).toBe(true);
		expect(await watched.violations()).toEqual([]);
		expect(watched.errors.filter((e) => /content security policy/i.test(e))).toEqual([]);
		expect(watched.foreign).toEqual([]);
	});

	test("without 'wasm-unsafe-eval' that fallback search breaks, so the test above can fail", async ({
		page,
		context,
	}) => {
		await page.route('**/pagefind/pagefind-worker.js', (route) =>
			route.fulfill({ status: 404, body: '' })
		);
		await page.route('**/notes/dockerfile/', async (route) => {
			const response = await route.fetch();
			const html = await response.text();
			expect(html).toContain(" 'wasm-unsafe-eval'");
			await route.fulfill({ response, body: html.replace(" 'wasm-unsafe-eval'", '') });
		});
		const watched = await watch(page, context);
		await page.goto('/notes/dockerfile/');
		const result = await searchDependsOn(page, 'button');
		await expect
			.poll(() => watched.violations())
			.toContainEqual(expect.stringMatching(/^script-src wasm-eval$/));
		await expect(result).toHaveCount(0);
	});

	test("without 'wasm-unsafe-eval' in the worker’s header policy search breaks, so the tests above can fail", async ({
		page,
		context,
	}) => {
		// A worker takes its policy from its own response, not from the page: the rule in
		// deploy/nginx/ is what lets Pagefind's worker compile its WebAssembly.
		await page.route('**/pagefind/pagefind-worker.js', async (route) => {
			const response = await route.fetch();
			const policy = response.headers()['content-security-policy']!;
			expect(policy).toContain(" 'wasm-unsafe-eval'");
			await route.fulfill({
				response,
				headers: {
					...response.headers(),
					'content-security-policy': policy.replace(" 'wasm-unsafe-eval'", ''),
				},
			});
		});
		const watched = await watch(page, context);
		await page.goto('/notes/dockerfile/');
		const result = await searchDependsOn(page, 'button');
		await expect
			.poll(() => watched.errors.some((e) => /WASM[\s\S]*Content Security policy/.test(e)), {
				timeout: 30_000,
			})
			.toBe(true);
		await expect(result).toHaveCount(0);
	});
});

test('every inline script and style of every page has its hash in the page’s CSP', async ({
	page,
	request,
}) => {
	const paths = sitemapPaths();
	await page.goto('/');
	for (const path of [...paths, '/no-such-page/']) {
		const html = await (await request.get(path)).text();
		// The browser's own HTML parser reads the page as served, without running it.
		const found = await page.evaluate((source) => {
			const doc = new DOMParser().parseFromString(source, 'text/html');
			return {
				policy:
					doc
						.querySelector('meta[http-equiv="content-security-policy"]')
						?.getAttribute('content') ?? '',
				scripts: [...doc.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''),
				styles: [...doc.querySelectorAll('style')].map((s) => s.textContent ?? ''),
			};
		}, html);
		const policy = parsePolicy(found.policy);
		expect(policy.get('script-src'), path).toContain("'wasm-unsafe-eval'");
		expect(policy.get('script-src'), path).not.toContain("'unsafe-inline'");
		expect(policy.get('script-src-attr'), path).toEqual(["'none'"]);
		expect(policy.get('style-src-attr'), path).toEqual(["'none'"]);
		// At least the theme script: it is is:inline, which Astro does not hash; src/lib/csp.ts adds it.
		expect(found.scripts.length, path).toBeGreaterThanOrEqual(1);
		for (const script of found.scripts) {
			expect(policy.get('script-src'), `${path}: ${script.slice(0, 60)}`).toContain(
				hashSource(script)
			);
		}
		for (const style of found.styles) {
			expect(policy.get('style-src'), `${path}: ${style.slice(0, 60)}`).toContain(
				hashSource(style)
			);
		}
	}
});
