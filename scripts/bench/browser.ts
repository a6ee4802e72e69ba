// Browser measurements of a built site: a note page's first load, and search latency.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { median, percentile } from '../../src/lib/bench/stats.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain',
	'.md': 'text/markdown',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
};

/** Serve dist/ on 127.0.0.1 as a typical static host does: gzip for text, 404.html for misses. */
export function serve(root: string): Promise<{ server: Server; origin: string }> {
	const cache = new Map<string, Buffer>();
	const server = createServer((req, res) => {
		let path = normalize(
			join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname))
		);
		if (!path.startsWith(root)) return void res.writeHead(403).end();
		if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
		let status = 200;
		if (!existsSync(path)) {
			status = 404;
			path = join(root, '404.html');
			if (!existsSync(path)) return void res.writeHead(404).end('not found');
		}
		const type = TYPES[extname(path)] ?? 'application/octet-stream';
		let body: Buffer = readFileSync(path);
		const headers: Record<string, string | number> = {
			'content-type': type,
			'cache-control': 'no-cache',
		};
		if (
			/text|json|javascript|svg|xml|markdown/.test(type) &&
			/gzip/.test(String(req.headers['accept-encoding']))
		) {
			if (!cache.has(path)) cache.set(path, gzipSync(body, { level: 6 }));
			body = cache.get(path)!;
			headers['content-encoding'] = 'gzip';
		}
		res.writeHead(status, { ...headers, 'content-length': body.length }).end(body);
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			resolve({
				server,
				origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
			});
		})
	);
}

interface Request {
	url: string;
	type: string;
	bytes: number;
	/** Fetched by a service worker, not by the page. */
	byWorker: boolean;
}

/** A context that may only reach the local server, and records what it transfers. */
async function recordingContext(
	browser: Browser,
	origin: string
): Promise<{ context: BrowserContext; requests: Request[] }> {
	const context = await browser.newContext();
	const requests: Request[] = [];
	await context.route('**/*', (route) =>
		route.request().url().startsWith(origin) || route.request().url().startsWith('data:')
			? route.continue()
			: route.abort()
	);
	context.on('requestfinished', async (r) => {
		const sizes = await r.sizes().catch(() => undefined);
		requests.push({
			url: r.url(),
			type: r.resourceType(),
			bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0,
			byWorker: r.serviceWorker() !== null,
		});
	});
	return { context, requests };
}

const isScript = (r: Request) => r.type === 'script' || /\.m?js(\?|$)/.test(r.url);

/**
 * Requests and bytes of a page's first load, and what opening search adds. A service worker's
 * own fetches (the offline copy it downloads in the background) are not the page's: they are
 * counted apart, in `worker`, as far as they got before the page settled.
 */
export interface FirstLoad {
	requests: number;
	bytes: number;
	jsRequests: number;
	jsBytes: number;
	worker: { requests: number; bytes: number };
	/** Opening search with `/`: extra requests, bytes and JavaScript bytes (undefined when no dialog opened). */
	search?: { requests: number; bytes: number; jsBytes: number } | undefined;
}

/** Load a page, wait until the network is idle, then open search with `/` and measure again. */
export async function firstLoad(
	browser: Browser,
	origin: string,
	path: string
): Promise<FirstLoad> {
	const { context, requests } = await recordingContext(browser, origin);
	const page = await context.newPage();
	await page.goto(origin + path, { waitUntil: 'networkidle' });
	// Scripts loaded on idle callbacks would still count as first load.
	await page.waitForTimeout(300);
	const before = [...requests];
	let search: FirstLoad['search'];
	try {
		await page.locator('main').first().focus();
		await page.keyboard.press('/');
		await page.getByRole('dialog').first().waitFor({ state: 'visible', timeout: 10_000 });
		await page.waitForLoadState('networkidle');
		const added = requests.slice(before.length).filter((r) => !r.byWorker);
		search = {
			requests: added.length,
			bytes: added.reduce((s, r) => s + r.bytes, 0),
			jsBytes: added.filter(isScript).reduce((s, r) => s + r.bytes, 0),
		};
	} catch {
		search = undefined;
	}
	await context.close();
	const worker = requests.filter((r) => r.byWorker);
	const own = before.filter((r) => !r.byWorker);
	const js = own.filter(isScript);
	return {
		requests: own.length,
		bytes: own.reduce((s, r) => s + r.bytes, 0),
		worker: { requests: worker.length, bytes: worker.reduce((s, r) => s + r.bytes, 0) },
		jsRequests: js.length,
		jsBytes: js.reduce((s, r) => s + r.bytes, 0),
		search,
	};
}

/** Latency of Pagefind's own API in the page: import + init, then each query cold and warm. */
export interface SearchApi {
	initMs: number;
	firstQueryMs: number;
	cold: { p50: number; p95: number };
	warm: { p50: number; p95: number };
}

/** Time Pagefind's JS API: `search()` plus `data()` of the first five results, per query. */
export async function searchApi(
	browser: Browser,
	origin: string,
	path: string,
	queries: readonly string[]
): Promise<SearchApi> {
	const { context } = await recordingContext(browser, origin);
	const page = await context.newPage();
	await page.goto(origin + path, { waitUntil: 'networkidle' });
	const times = await page.evaluate(async (qs) => {
		const started = performance.now();
		const url = '/pagefind/pagefind.js';
		const pagefind = await import(/* @vite-ignore */ url);
		await pagefind.init?.();
		const initMs = performance.now() - started;
		const passes: number[][] = [[], []];
		for (const pass of passes) {
			for (const q of qs) {
				const t = performance.now();
				const found = await pagefind.search(q);
				await Promise.all(
					found.results.slice(0, 5).map((r: { data(): Promise<unknown> }) => r.data())
				);
				pass.push(performance.now() - t);
			}
		}
		return { initMs, passes };
	}, queries);
	await context.close();
	const [cold, warm] = times.passes as [number[], number[]];
	return {
		initMs: times.initMs,
		firstQueryMs: cold[0]!,
		cold: { p50: median(cold), p95: percentile(cold, 95) },
		warm: { p50: median(warm), p95: percentile(warm, 95) },
	};
}

/** Latency of the site's own search box: from the input event carrying a query to result links shown. */
export interface SearchBox {
	firstMs: number;
	warm: { p50: number; p95: number };
}

/**
 * Open search with `/`, then for each query put it in the focused field at once (as if
 * pasted) and wait until links appear in the dialog. Works with any dialog that focuses
 * its field; fails (and the bench reports –) when there is none.
 */
export async function searchBox(
	browser: Browser,
	origin: string,
	path: string,
	queries: readonly string[]
): Promise<SearchBox> {
	const { context } = await recordingContext(browser, origin);
	const page: Page = await context.newPage();
	await page.goto(origin + path, { waitUntil: 'networkidle' });
	await page.locator('main').first().focus();
	await page.keyboard.press('/');
	await page.getByRole('dialog').first().waitFor({ state: 'visible', timeout: 10_000 });
	await page.waitForFunction(() => document.activeElement instanceof HTMLInputElement, undefined, {
		timeout: 10_000,
	});
	const times: number[] = [];
	for (const pass of [0, 1]) {
		for (const q of queries) {
			const ms = await page.evaluate(async (query) => {
				const input = document.activeElement as HTMLInputElement;
				const dialog = input.closest('dialog, [role="dialog"]') ?? document.body;
				const shown = () =>
					[...dialog.querySelectorAll('a[href]')].filter(
						(a) => a.getClientRects().length > 0 && a.textContent?.trim()
					).length;
				const until = (done: () => boolean) =>
					new Promise<void>((resolve, reject) => {
						if (done()) return resolve();
						const timer = setTimeout(
							() => (observer.disconnect(), reject(new Error(`no results for ${query}`))),
							15_000
						);
						const observer = new MutationObserver(() => {
							if (done()) {
								clearTimeout(timer);
								observer.disconnect();
								resolve();
							}
						});
						observer.observe(dialog, {
							childList: true,
							subtree: true,
							attributes: true,
							characterData: true,
						});
					});
				const set = (value: string) => {
					input.value = value;
					input.dispatchEvent(new Event('input', { bubbles: true }));
				};
				set('');
				await until(() => shown() === 0);
				const started = performance.now();
				set(query);
				await until(() => shown() > 0);
				return performance.now() - started;
			}, q);
			if (pass === 1 || times.length === 0) times.push(ms);
		}
	}
	await context.close();
	const [first, ...warm] = times;
	return { firstMs: first!, warm: { p50: median(warm), p95: percentile(warm, 95) } };
}
