/** The figures of one target at one corpus size that the budgets read (undefined when not measured). */
export interface BenchFigures {
	target: string;
	n: number;
	buildMs: number;
	/** CPU time (user + system) of the build: on a busy machine, steadier than wall time. */
	cpuS?: number | undefined;
	peakRssMB: number | undefined;
	/** Mean raw HTML of a note page. */
	noteHtmlMeanBytes: number | undefined;
	/** Gzipped JavaScript on a note page's first load, inline and fetched, before search opens. */
	jsBeforeSearchGzBytes: number | undefined;
	/** Everything a note page's first load transfers (gzipped where the server compresses). */
	firstLoadBytes: number | undefined;
	/** Search box: keystroke to results, first search and warm median (ms). */
	searchBoxFirstMs?: number | undefined;
	searchBoxWarmP50Ms?: number | undefined;
}

/** One budget's verdict: what was measured, the limit, and by how much it passes or misses. */
export interface BudgetVerdict {
	name: string;
	status: 'PASS' | 'MISS' | 'n/a';
	measured: string;
	limit: string;
	/** For a miss: how far over the limit, in the budget's own unit. */
	over?: string;
}

/** Gzipped JavaScript a note page may run before search opens (inline and fetched). */
export const JS_BEFORE_SEARCH_GZ_BUDGET = 3 * 1024;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Limits on build time and memory as ratios to a baseline, at one corpus size. */
export interface RatioLimits {
	/** Build time (wall and CPU) vs the minimal floor. */
	floor: number;
	/** Build time (wall and CPU) vs Starlight. */
	starlight: number;
	/** Peak memory vs the minimal floor. */
	memory: number;
}

/** The ratio budgets by corpus size (issue 15); other sizes are measured but not judged. */
export const RATIO_LIMITS: ReadonlyMap<number, RatioLimits> = new Map([
	[500, { floor: 1.2, starlight: 0.7, memory: 1.05 }],
	[1000, { floor: 1.15, starlight: 0.6, memory: 1.0 }],
]);

/**
 * The budgets, in words. `site` is our target; `minimal` and `starlight` the baselines.
 * Ratios are judged at each budgeted size the site was built at (the largest size, with the
 * smaller size's limits, when none was); page figures at the largest size.
 */
export function judgeBudgets(results: readonly BenchFigures[], site = 'site'): BudgetVerdict[] {
	const sizes = [...new Set(results.filter((r) => r.target === site).map((r) => r.n))].sort(
		(a, b) => a - b
	);
	const largest = sizes.at(-1) ?? 0;
	const budgeted = sizes.filter((n) => RATIO_LIMITS.has(n));
	const judged = budgeted.length > 0 ? budgeted : [largest];
	const at = (target: string, n = largest) => results.find((r) => r.target === target && r.n === n);
	const ours = at(site);
	const verdicts: BudgetVerdict[] = [];

	const ratio = (
		name: string,
		mine: number | undefined,
		base: number | undefined,
		max: number,
		unit: (v: number) => string
	) => {
		if (mine === undefined || base === undefined || !(base > 0)) {
			verdicts.push({
				name,
				status: 'n/a',
				measured: mine === undefined ? '–' : unit(mine),
				limit: `≤ ${max}×`,
			});
			return;
		}
		const r = mine / base;
		const miss = r > max;
		verdicts.push({
			name,
			status: miss ? 'MISS' : 'PASS',
			measured: `${r.toFixed(2)}× (${unit(mine)} vs ${unit(base)})`,
			limit: `≤ ${max}×`,
			...(miss
				? {
						over: `${unit(mine - base * max)} over the limit (${(r - max).toFixed(2)}× of the baseline)`,
					}
				: {}),
		});
	};
	const absolute = (
		name: string,
		value: number | undefined,
		max: number,
		unit: (v: number) => string
	) => {
		if (value === undefined) {
			verdicts.push({ name, status: 'n/a', measured: '–', limit: `≤ ${unit(max)}` });
			return;
		}
		const miss = value > max;
		verdicts.push({
			name,
			status: miss ? 'MISS' : 'PASS',
			measured: unit(value),
			limit: `≤ ${unit(max)}`,
			...(miss ? { over: `${unit(value - max)} over` } : {}),
		});
	};
	const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
	const mb = (v: number) => `${Math.round(v)} MB`;
	const ms = (v: number) => `${Math.round(v)} ms`;
	// CPU time is reported beside wall time: when other work shares the machine, wall time
	// mostly measures waiting for a core, and CPU time shows what the build itself costs.
	const cpu = (v: number) => `${v.toFixed(1)} s CPU`;
	const smallest = [...RATIO_LIMITS.values()][0]!;
	for (const n of judged) {
		const limits = RATIO_LIMITS.get(n) ?? smallest;
		const [mine, floor, starlight] = [at(site, n), at('minimal', n), at('starlight', n)];
		ratio(
			`build at ${n} notes vs the minimal floor`,
			mine?.buildMs,
			floor?.buildMs,
			limits.floor,
			s
		);
		ratio(
			`build at ${n} notes vs Starlight`,
			mine?.buildMs,
			starlight?.buildMs,
			limits.starlight,
			s
		);
		ratio(`build CPU time at ${n} notes vs the floor`, mine?.cpuS, floor?.cpuS, limits.floor, cpu);
		ratio(
			`build CPU time at ${n} notes vs Starlight`,
			mine?.cpuS,
			starlight?.cpuS,
			limits.starlight,
			cpu
		);
		ratio(
			`peak memory at ${n} notes vs the floor`,
			mine?.peakRssMB,
			floor?.peakRssMB,
			limits.memory,
			mb
		);
	}
	absolute(
		'note page: JS before search opens (gzip)',
		ours?.jsBeforeSearchGzBytes,
		JS_BEFORE_SEARCH_GZ_BUDGET,
		kb
	);
	absolute('note page: first load in all (gzip)', ours?.firstLoadBytes, 25 * 1024, kb);
	absolute(
		`note page HTML at ${largest} notes (raw, mean)`,
		ours?.noteHtmlMeanBytes,
		40 * 1024,
		kb
	);
	absolute('search box: first search', ours?.searchBoxFirstMs, 300, ms);
	absolute('search box: warm p50', ours?.searchBoxWarmP50Ms, 50, ms);
	return verdicts;
}
