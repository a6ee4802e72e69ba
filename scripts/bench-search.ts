// Search speed and index size, measured in Chromium on the built site (run `npm run build`
// first). Not a test: the numbers depend on the machine. Budgets from issue #5, on localhost:
// warm p50 under 50 ms, cold first search under 300 ms.
//
//   npm run bench:search                      # prints a table, writes bench-results/search.json
//   BENCH_COLD_RUNS=10 npm run bench:search   # more cold runs (default 5)
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { preview } from 'astro';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/chromium.ts';
import { ALL_GOLDEN_QUERIES } from '../tests/e2e/golden-queries.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4398);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);
const WARM_ROUNDS = Number(process.env.BENCH_WARM_ROUNDS ?? 3);
const PAGE = '/notes/dockerfile/';

/** The value below which `p` of the sorted samples fall (nearest rank). */
function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summarise(samples: number[]) {
	const sorted = [...samples].sort((a, b) => a - b);
	const round = (n: number) => Math.round(n * 10) / 10;
	return {
		n: sorted.length,
		p50: round(percentile(sorted, 50)),
		p95: round(percentile(sorted, 95)),
		max: round(sorted.at(-1)!),
	};
}

/**
 * Type a query into the open dialog and return the milliseconds from its last keystroke to
 * its results on screen: the summary names the query and the first result has its link (or
 * the summary says there are none). Timed inside the page, so Playwright adds nothing.
 */
async function timeQuery(page: Page, query: string): Promise<number> {
	await page.evaluate((query) => {
		const w = window as unknown as { benchDone: Promise<number>; lastKey?: number };
		const dialog = document.querySelector('dialog')!;
		if (w.lastKey === undefined)
			document.addEventListener('keydown', (e) => (w.lastKey = e.timeStamp), { capture: true });
		w.lastKey = 0;
		w.benchDone = new Promise((resolve) => {
			const check = () => {
				const summary = dialog.querySelector('pagefind-summary')?.textContent ?? '';
				const none = summary === `No results for ${query}`;
				const some =
					summary.endsWith(` for ${query}`) &&
					/^\d/.test(summary) &&
					dialog.querySelector('.pf-result-link');
				if (w.lastKey && (none || some)) {
					observer.disconnect();
					resolve(performance.now() - w.lastKey);
				}
			};
			const observer = new MutationObserver(check);
			observer.observe(dialog, { subtree: true, childList: true, characterData: true });
		});
	}, query);
	await page.keyboard.type(query);
	return page.evaluate(() => (window as unknown as { benchDone: Promise<number> }).benchDone);
}

async function clearInput(page: Page) {
	await page.getByRole('dialog').getByRole('searchbox').fill('');
	// Let the empty search that clearing starts finish before the next query is typed.
	await page.waitForTimeout(100);
}

/** Bytes of every file under `dir`, by top-level name. */
function sizes(dir: string, prefix = ''): Map<string, number> {
	const out = new Map<string, number>();
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory())
			for (const [k, v] of sizes(path, `${prefix}${entry.name}/`)) out.set(k, v);
		else out.set(`${prefix}${entry.name}`, statSync(path).size);
	}
	return out;
}

function indexSizes(notes: number) {
	const files = sizes('dist/pagefind');
	const sum = (test: (name: string) => boolean) =>
		[...files].filter(([n]) => test(n)).reduce((s, [, b]) => s + b, 0);
	const fragments = sum((n) => n.startsWith('fragment/'));
	const index = sum((n) => n.startsWith('index/'));
	const filters = sum((n) => n.startsWith('filter/'));
	const meta = sum((n) => n.endsWith('.pf_meta') || n === 'pagefind-entry.json');
	// One WebAssembly file per language the index holds; a reader fetches only one.
	const wasm = Object.fromEntries([...files].filter(([n]) => n.startsWith('wasm.')));
	const searchData = fragments + index + filters + meta;
	return {
		notes,
		bytes: {
			fragments,
			index,
			filters,
			meta,
			wasm,
			searchData,
			vocabulary: statSync('dist/search-vocabulary.json').size,
		},
		bytesPerNote: Math.round(searchData / notes),
	};
}

async function main() {
	const server = await preview({
		root: process.cwd(),
		server: { host: '127.0.0.1', port: PORT },
		logLevel: 'error',
	});
	const base = `http://127.0.0.1:${PORT}`;
	const browser = await chromium.launch(chromiumLaunchOptions('full'));
	try {
		const cold: number[] = [];
		const coldBytes: number[] = [];
		for (let run = 0; run < COLD_RUNS; run++) {
			// A fresh context has an empty cache: everything of search is fetched again.
			const context = await browser.newContext();
			const page = await context.newPage();
			let bytes = 0;
			page.on('response', async (response) => {
				if (/\/pagefind\/|search/.test(response.url()))
					bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
			});
			await page.goto(`${base}${PAGE}`);
			await page.keyboard.press('/');
			await page.getByRole('dialog').getByRole('searchbox').waitFor();
			cold.push(await timeQuery(page, 'depends_on'));
			coldBytes.push(bytes);
			await context.close();
		}

		const page = await browser.newPage();
		await page.goto(`${base}${PAGE}`);
		await page.keyboard.press('/');
		await page.getByRole('dialog').getByRole('searchbox').waitFor();
		const warm: number[] = [];
		const perQuery = new Map<string, number[]>();
		for (let round = 0; round < WARM_ROUNDS; round++) {
			for (const [query] of ALL_GOLDEN_QUERIES) {
				await clearInput(page);
				const ms = await timeQuery(page, query);
				// The first round still fetches some index chunks for the first time; it counts.
				warm.push(ms);
				perQuery.set(query, [...(perQuery.get(query) ?? []), ms]);
			}
		}

		const notes = readdirSync('dist/notes', { withFileTypes: true }).filter((e) =>
			e.isDirectory()
		).length;
		const result = {
			date: new Date().toISOString(),
			// Timings scale with how busy the machine is; the 1-minute load average says how busy.
			loadAverage: Math.round(loadavg()[0]! * 10) / 10,
			page: PAGE,
			coldFirstSearchMs: summarise(cold),
			coldBytesFetched: Math.round(coldBytes.reduce((a, b) => a + b, 0) / coldBytes.length),
			warmSearchMs: summarise(warm),
			slowestQueries: [...perQuery]
				.map(([q, ms]) => ({ query: q, p50: summarise(ms).p50 }))
				.sort((a, b) => b.p50 - a.p50)
				.slice(0, 5),
			index: indexSizes(notes),
		};
		mkdirSync('bench-results', { recursive: true });
		writeFileSync('bench-results/search.json', `${JSON.stringify(result, null, '\t')}\n`);
		console.log(
			`Search benchmark (${PAGE}, Chromium, ${base}, load average ${result.loadAverage})`
		);
		console.log(
			`  cold first search  p50 ${result.coldFirstSearchMs.p50} ms  p95 ${result.coldFirstSearchMs.p95} ms  (${COLD_RUNS} runs, budget < 300 ms)`
		);
		console.log(
			`  bytes fetched for the first search: ${result.coldBytesFetched} (uncompressed: the preview server does not compress)`
		);
		console.log(
			`  warm searches      p50 ${result.warmSearchMs.p50} ms  p95 ${result.warmSearchMs.p95} ms  (${warm.length} searches, budget p50 < 50 ms)`
		);
		console.log(
			`  slowest queries:   ${result.slowestQueries.map((q) => `${q.query} ${q.p50} ms`).join(', ')}`
		);
		console.log(
			`  index: ${result.index.bytes.searchData} bytes for ${notes} notes = ${result.index.bytesPerNote} bytes per note`
		);
		console.log(
			`         (fragments ${result.index.bytes.fragments}, word index ${result.index.bytes.index}, filters ${result.index.bytes.filters}, meta ${result.index.bytes.meta}; wasm ${JSON.stringify(result.index.bytes.wasm)}; vocabulary ${result.index.bytes.vocabulary})`
		);
		console.log('  written to bench-results/search.json');
	} finally {
		await browser.close();
		await server.stop();
	}
}

await main();
