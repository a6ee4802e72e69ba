// Workbench speed and weight, measured in Chromium on the built site (run `npm run build`
// first). Not a test: the numbers depend on the machine.
//   - keystroke to findings: from a key pressed in a 60-line Dockerfile to the page showing
//     the analysis of the new text (p50/p95), including the page's 150 ms typing debounce;
//   - the JavaScript /workbench/ loads (gzip), before and after a diagram is needed.
//
//   npm run bench:workbench                      # prints a table, writes bench-results/workbench.json
//   BENCH_ROUNDS=50 npm run bench:workbench      # more keystrokes (default 30)
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/chromium.ts';
import { median, percentile } from '../src/lib/bench/stats.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4397);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const DEBOUNCE_MS = 150;

/** A realistic 60-line, two-stage Dockerfile (one finding, so findings are drawn each time). */
function sixtyLines(): string {
	const lines = [
		'# syntax=docker/dockerfile:1',
		'ARG NODE_VERSION=24',
		'FROM node:${NODE_VERSION}-trixie-slim AS build',
		'WORKDIR /src',
	];
	lines.push(
		'COPY package.json package-lock.json ./',
		'RUN --mount=type=cache,target=/root/.npm npm ci'
	);
	for (let i = 0; lines.length < 40; i++)
		lines.push(
			`# Step ${i}: generate part ${i}`,
			`RUN node scripts/generate.js --part ${i} > dist/part-${i}.js`
		);
	lines.push(
		'COPY . .',
		'RUN npm run build',
		'',
		'FROM node:${NODE_VERSION}-trixie-slim',
		'ENV NODE_ENV=production'
	);
	lines.push(
		'WORKDIR /app',
		'COPY --from=build /src/dist ./dist',
		'COPY --from=build /src/node_modules ./node_modules'
	);
	while (lines.length < 57) lines.push(`LABEL org.example.part${lines.length}="${lines.length}"`);
	lines.push('USER node', 'EXPOSE 3000', 'CMD node dist/server.js');
	return `${lines.slice(0, 60).join('\n')}\n`;
}

/** Press one key at the end of the file; milliseconds until its analysis is on screen. */
async function timeKeystroke(page: Page, key: string): Promise<number> {
	await page.evaluate(() => {
		const w = window as unknown as { benchDone: Promise<number> };
		const root = document.documentElement;
		w.benchDone = new Promise((resolve) => {
			let pressed = 0;
			document.addEventListener('keydown', (e) => (pressed = e.timeStamp), {
				capture: true,
				once: true,
			});
			const observer = new MutationObserver(() => {
				if (pressed && root.dataset.wbBusy === undefined) {
					observer.disconnect();
					resolve(performance.now() - pressed);
				}
			});
			observer.observe(root, { attributes: true, attributeFilter: ['data-wb-busy'] });
		});
	});
	await page.keyboard.press(key);
	return page.evaluate(() => (window as unknown as { benchDone: Promise<number> }).benchDone);
}

const round = (n: number) => Math.round(n * 10) / 10;

async function main() {
	const server = await preview({
		root: process.cwd(),
		server: { host: '127.0.0.1', port: PORT },
		logLevel: 'error',
	});
	const browser = await chromium.launch(chromiumLaunchOptions('full'));
	try {
		const page = await browser.newPage();
		const scripts = new Map<string, number>();
		page.on('response', async (response) => {
			if (!/\.js$/.test(new URL(response.url()).pathname)) return;
			const body = await response.body().catch(() => Buffer.alloc(0));
			scripts.set(new URL(response.url()).pathname, gzipSync(body, { level: 9 }).length);
		});
		await page.goto(`http://127.0.0.1:${PORT}/workbench/`);
		const editor = page.getByRole('textbox', { name: 'File to check' });
		await editor.fill(sixtyLines());
		await page.waitForFunction(() => document.documentElement.dataset.wbBusy === undefined);
		await page.waitForTimeout(500);
		const beforeDiagram = new Map(scripts);
		await editor.focus();
		await page.keyboard.press('Control+End');
		const samples: number[] = [];
		for (let i = 0; i < ROUNDS; i++)
			samples.push(await timeKeystroke(page, i % 2 ? 'Backspace' : 'x'));
		// The 60-line file has two stages, so its diagram loaded the layout engine by now.
		const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
		const result = {
			date: new Date().toISOString(),
			// The machine's load while measuring: on a shared machine, read the times against it.
			loadAverage: round(loadavg()[0]!),
			lines: sixtyLines().split('\n').length - 1,
			keystrokeToFindingsMs: {
				n: samples.length,
				p50: round(median(samples)),
				p95: round(percentile(samples, 95)),
				debounceMs: DEBOUNCE_MS,
			},
			analysisAfterDebounceP50Ms: round(median(samples) - DEBOUNCE_MS),
			javascriptGzipBytes: Object.fromEntries(scripts),
			totalGzipBytes: sum(scripts),
			withoutDiagramEngineGzipBytes: sum(
				new Map([...scripts].filter(([path]) => beforeDiagram.has(path) && !/\/dist-/.test(path)))
			),
		};
		mkdirSync('bench-results', { recursive: true });
		writeFileSync('bench-results/workbench.json', `${JSON.stringify(result, null, 2)}\n`);
		console.table({
			'keystroke → findings p50 (ms)': result.keystrokeToFindingsMs.p50,
			'keystroke → findings p95 (ms)': result.keystrokeToFindingsMs.p95,
			'of which debounce (ms)': DEBOUNCE_MS,
			'load average (1 min)': result.loadAverage,
			'JS without diagram engine (kB gz)': round(result.withoutDiagramEngineGzipBytes / 1024),
			'JS with diagram engine (kB gz)': round(result.totalGzipBytes / 1024),
		});
		for (const [path, bytes] of scripts)
			console.log(`${(bytes / 1024).toFixed(1).padStart(7)} kB gz  ${path}`);
	} finally {
		await browser.close();
		await server.stop();
	}
}

await main();
