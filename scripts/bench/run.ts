// npm run bench -- [--n 100,500,1000] [--runs 3] [--seed 42] [--baselines DIR] [--targets site,minimal,starlight]
//                  [--out DIR] [--skip-browser] [--keep]
//
// Builds copies of this site (and, with --baselines, of the shared harness's minimal Astro
// floor and Starlight) with a seeded synthetic corpus of N notes, and measures each: build
// time (median of cold runs) and peak memory, a note page's weight, its first load in
// Chromium, the Pagefind index, and search latency. Prints a table as it goes, then the
// budgets as PASS/MISS. The real notes are never touched: everything happens in a temp copy.
// --baselines DIR: a folder holding minimal/ and starlight/ with their node_modules installed
// (a scratch copy of the shared comparison harness after `npm install` in each); also read
// from BENCH_BASELINES.
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { judgeBudgets, type BenchFigures } from '../../src/lib/bench/budgets.ts';
import { generateCorpus } from '../../src/lib/bench/corpus.ts';
import { pageWeight, type PageWeight } from '../../src/lib/bench/page-weight.ts';
import { median } from '../../src/lib/bench/stats.ts';
import { chromiumLaunchOptions } from '../../tests/chromium.ts';
import {
	firstLoad,
	searchApi,
	searchBox,
	serve,
	type FirstLoad,
	type SearchApi,
	type SearchBox,
} from './browser.ts';
import { copyProject, runBuild, writeCorpus, type Target } from './project.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const argv = process.argv.slice(2);
const option = (name: string, fallback?: string) => {
	const i = argv.indexOf(`--${name}`);
	return i === -1 ? fallback : argv[i + 1];
};
const flag = (name: string) => argv.includes(`--${name}`);
const NS = (option('n', '100') ?? '100').split(',').map(Number);
const RUNS = Number(option('runs', '3'));
const SEED = Number(option('seed', '42'));
const BASELINES = option('baselines', process.env.BENCH_BASELINES);
const STAMP = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
const OUT = resolve(option('out', join(ROOT, 'bench-results', STAMP))!);
/** Words from the corpus's vocabulary, so every query finds notes. */
const QUERIES = [
	'multi-stage',
	'healthcheck',
	'bind mount',
	'registry mirror',
	'cache mount',
	'rollout',
	'restart policy',
	'seccomp profile',
	'compose file',
	'log rotation',
];

const log = (...parts: unknown[]) =>
	console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...parts);

function targets(): Target[] {
	const all: Target[] = [
		{ name: 'site', source: ROOT, notesDir: 'content/notes', linkModules: true },
	];
	if (BASELINES) {
		all.push({ name: 'minimal', source: resolve(BASELINES, 'minimal'), notesDir: 'content/notes' });
		all.push({
			name: 'starlight',
			source: resolve(BASELINES, 'starlight'),
			notesDir: 'src/content/docs/notes',
		});
	}
	const wanted = option('targets')?.split(',');
	const chosen = wanted ? all.filter((t) => wanted.includes(t.name)) : all;
	for (const t of chosen)
		if (!existsSync(t.source))
			throw new Error(`bench: ${t.source} does not exist (from --baselines).`);
	return chosen;
}

/** Everything measured for one target at one corpus size. */
interface Result {
	target: string;
	n: number;
	runsMs: number[];
	buildMs: number;
	peakRssMB: number | undefined;
	cpuS: number | undefined;
	htmlPages: number;
	notePages: number;
	noteHtml: { meanBytes: number; maxBytes: number };
	sampleUrl: string;
	sample: PageWeight;
	pagefind: { bytes: number; files: number };
	firstLoad?: FirstLoad | undefined;
	searchApi?: SearchApi | { error: string } | undefined;
	searchBox?: SearchBox | { error: string } | undefined;
}

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]
	);
}

/** Static analysis of dist/: pages, note pages, the sample note's weight and the Pagefind index. */
function analyse(dist: string, slugs: Set<string>, sampleSlug: string) {
	const files = walk(dist).map((f) => relative(dist, f).split(sep).join('/'));
	const html = files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
	const slugOf = (f: string) =>
		f.endsWith('/index.html')
			? f.split('/').at(-2)!
			: f
					.split('/')
					.at(-1)!
					.replace(/\.html$/, '');
	const notes = html.filter((f) => slugs.has(slugOf(f)));
	const sizes = notes.map((f) => statSync(join(dist, f)).size);
	const sample = notes.find((f) => slugOf(f) === sampleSlug);
	if (!sample) throw new Error(`no page for note ${sampleSlug} in ${dist}`);
	const sampleUrl = `/${sample.replace(/index\.html$/, '')}`;
	const read = (path: string) => {
		const file = join(dist, path);
		return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
	};
	const resolveRef = (ref: string, from: string) => {
		const url = new URL(ref, `http://bench.invalid${from}`);
		return url.origin === 'http://bench.invalid' ? decodeURIComponent(url.pathname) : undefined;
	};
	const pagefind = files.filter((f) => f.startsWith('pagefind/'));
	return {
		htmlPages: html.length,
		notePages: notes.length,
		noteHtml: {
			meanBytes: sizes.reduce((a, b) => a + b, 0) / Math.max(1, sizes.length),
			maxBytes: Math.max(0, ...sizes),
		},
		sampleUrl,
		sample: pageWeight(readFileSync(join(dist, sample), 'utf8'), read, resolveRef, sampleUrl),
		pagefind: {
			files: pagefind.length,
			bytes: pagefind.reduce((s, f) => s + statSync(join(dist, f)).size, 0),
		},
	};
}

async function measure(
	target: Target,
	n: number,
	work: string,
	browser: Browser | undefined
): Promise<Result> {
	const corpus = generateCorpus(n, SEED);
	// The baselines route notes by file path, so they get the corpus without section folders.
	const files =
		target.name === 'site' ? corpus : corpus.map((f) => ({ ...f, path: `${f.slug}.mdx` }));
	const copy = copyProject(target, work);
	writeCorpus(copy, target, files);
	const env = { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}` };
	const runs = [];
	for (let i = 1; i <= RUNS; i++) {
		const run = await runBuild(copy, env);
		writeFileSync(join(OUT, 'logs', `${target.name}-n${n}-run${i}.log`), run.log);
		if (run.code !== 0)
			throw new Error(
				`build failed (exit ${run.code}); see ${join(OUT, 'logs', `${target.name}-n${n}-run${i}.log`)}`
			);
		runs.push(run);
		log(
			`${target.name} n=${n} build ${i}/${RUNS}: ${(run.wallMs / 1000).toFixed(1)} s, ${Math.round(run.peakRssMB ?? 0)} MB`
		);
	}
	const slugs = new Set(corpus.map((f) => f.slug));
	const result: Result = {
		target: target.name,
		n,
		runsMs: runs.map((r) => Math.round(r.wallMs)),
		buildMs: median(runs.map((r) => r.wallMs)),
		peakRssMB: runs.some((r) => r.peakRssMB)
			? Math.max(...runs.map((r) => r.peakRssMB ?? 0))
			: undefined,
		cpuS: runs.every((r) => r.cpuS !== undefined) ? median(runs.map((r) => r.cpuS!)) : undefined,
		...analyse(join(copy, 'dist'), slugs, [...slugs].sort()[1]!),
	};
	if (browser) {
		const { server, origin } = await serve(join(copy, 'dist'));
		try {
			log(`${target.name} n=${n} browser: first load, search`);
			result.firstLoad = await firstLoad(browser, origin, result.sampleUrl);
			result.searchApi = await searchApi(browser, origin, result.sampleUrl, QUERIES).catch(
				(e: Error) => ({ error: e.message })
			);
			if (target.name === 'site') {
				result.searchBox = await searchBox(browser, origin, result.sampleUrl, QUERIES).catch(
					(e: Error) => ({ error: e.message.split('\n')[0]! })
				);
			}
		} finally {
			server.close();
		}
	}
	if (!flag('keep')) rmSync(copy, { recursive: true, force: true });
	return result;
}

const kb = (bytes: number | undefined) => (bytes === undefined ? '–' : (bytes / 1024).toFixed(1));
const ms = (v: number | undefined) =>
	v === undefined || Number.isNaN(v) ? '–' : String(Math.round(v));
const HEADER = [
	'| target | N | build s (runs) | ms/note | CPU s | peak RSS MB | note HTML KB raw/gz (mean, max raw) | CSS KB raw/gz | JS KB raw/gz (inline gz) | first load: req / JS KB / total KB | service worker meanwhile: req / KB | + opening search: req / JS KB / total KB | Pagefind MB (files) | search API ms: init, 1st, cold p50/p95, warm p50/p95 | search box ms: 1st, warm p50/p95 |',
	'|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
];
function row(r: Result): string {
	const s = r.sample;
	const l = r.firstLoad;
	const a = r.searchApi && !('error' in r.searchApi) ? r.searchApi : undefined;
	const b = r.searchBox && !('error' in r.searchBox) ? r.searchBox : undefined;
	return [
		r.target,
		r.n,
		`${(r.buildMs / 1000).toFixed(2)} (${r.runsMs.map((x) => (x / 1000).toFixed(1)).join(', ')})`,
		(r.buildMs / r.n).toFixed(1),
		r.cpuS === undefined ? '–' : r.cpuS.toFixed(1),
		r.peakRssMB === undefined ? '–' : Math.round(r.peakRssMB),
		`${kb(s.html.raw)}/${kb(s.html.gzip)} (${kb(r.noteHtml.meanBytes)}, ${kb(r.noteHtml.maxBytes)})`,
		`${kb(s.css.raw)}/${kb(s.css.gzip)}`,
		`${kb(s.js.raw + s.inlineJs.raw)}/${kb(s.js.gzip + s.inlineJs.gzip)} (${kb(s.inlineJs.gzip)})`,
		l ? `${l.requests} / ${kb(l.jsBytes)} / ${kb(l.bytes)}` : '–',
		l ? `${l.worker.requests} / ${kb(l.worker.bytes)}` : '–',
		l?.search ? `${l.search.requests} / ${kb(l.search.jsBytes)} / ${kb(l.search.bytes)}` : '–',
		`${(r.pagefind.bytes / 2 ** 20).toFixed(2)} (${r.pagefind.files})`,
		a
			? `${ms(a.initMs)}, ${ms(a.firstQueryMs)}, ${ms(a.cold.p50)}/${ms(a.cold.p95)}, ${ms(a.warm.p50)}/${ms(a.warm.p95)}`
			: r.searchApi && 'error' in r.searchApi
				? r.searchApi.error
				: '–',
		b
			? `${ms(b.firstMs)}, ${ms(b.warm.p50)}/${ms(b.warm.p95)}`
			: r.searchBox && 'error' in r.searchBox
				? r.searchBox.error
				: '–',
	]
		.join(' | ')
		.replace(/^/, '| ')
		.concat(' |');
}

function figures(r: Result): BenchFigures {
	const box = r.searchBox && !('error' in r.searchBox) ? r.searchBox : undefined;
	return {
		target: r.target,
		n: r.n,
		buildMs: r.buildMs,
		cpuS: r.cpuS,
		peakRssMB: r.peakRssMB,
		noteHtmlMeanBytes: r.noteHtml.meanBytes,
		// Inline scripts are counted on their own gzip size: they travel inside the HTML.
		jsBeforeSearchGzBytes: r.firstLoad ? r.firstLoad.jsBytes + r.sample.inlineJs.gzip : undefined,
		firstLoadBytes: r.firstLoad?.bytes,
		searchBoxFirstMs: box?.firstMs,
		searchBoxWarmP50Ms: box?.warm.p50,
	};
}

mkdirSync(join(OUT, 'logs'), { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'dn-bench-'));
const chosen = targets();
const chromiumVersion = spawnSync(
	chromiumLaunchOptions('full').executablePath ?? chromium.executablePath(),
	['--version']
)
	.stdout?.toString()
	.trim();
const machine = `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.versions.node}, ${chromiumVersion ?? 'no Chromium'}`;
log(
	`bench: N=${NS.join(',')}, ${RUNS} run(s), seed ${SEED}, targets ${chosen.map((t) => t.name).join(', ')}; ${machine}`
);
log(`bench: copies in ${work}; results in ${OUT}`);
const browser = flag('skip-browser')
	? undefined
	: await chromium.launch(chromiumLaunchOptions('full'));
const results: Result[] = [];
process.on('SIGINT', () => {
	rmSync(work, { recursive: true, force: true });
	process.exit(130);
});
try {
	console.log(HEADER.join('\n'));
	for (const n of NS) {
		for (const target of chosen) {
			try {
				const result = await measure(target, n, work, browser);
				results.push(result);
				console.log(row(result));
			} catch (error) {
				log(`${target.name} n=${n}: ${(error as Error).message}`);
			}
			writeFileSync(
				join(OUT, 'results.json'),
				JSON.stringify(
					{
						date: new Date().toISOString(),
						machine,
						seed: SEED,
						runs: RUNS,
						queries: QUERIES,
						results,
					},
					null,
					'\t'
				)
			);
		}
	}
} finally {
	await browser?.close();
	if (!flag('keep')) rmSync(work, { recursive: true, force: true });
}

const verdicts = judgeBudgets(results.map(figures));
const budgetTable = [
	'',
	'| budget | measured | limit | verdict |',
	'|---|---|---|---|',
	...verdicts.map(
		(v) => `| ${v.name} | ${v.measured} | ${v.limit} | ${v.status}${v.over ? `: ${v.over}` : ''} |`
	),
].join('\n');
console.log(budgetTable);
const markdown = [
	`Bench of ${new Date().toISOString().slice(0, 10)} on ${machine}; seed ${SEED}, median of ${RUNS} cold build(s).`,
	'',
	...HEADER,
	...results.map(row),
	budgetTable,
	'',
].join('\n');
writeFileSync(join(OUT, 'results.md'), markdown);
log(`bench: wrote ${join(OUT, 'results.md')}`);
process.exit(results.length === NS.length * chosen.length ? 0 : 1);
