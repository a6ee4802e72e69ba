import { expect, test } from 'vitest';
import { judgeBudgets, type BenchFigures } from '../../../../src/lib/bench/budgets';

const figures = (
	target: string,
	n: number,
	buildMs: number,
	peakRssMB: number,
	extra: Partial<BenchFigures> = {}
): BenchFigures => ({
	target,
	n,
	buildMs,
	peakRssMB,
	noteHtmlMeanBytes: undefined,
	jsBeforeSearchGzBytes: undefined,
	firstLoadBytes: undefined,
	...extra,
});
const byName = (verdicts: ReturnType<typeof judgeBudgets>, start: string) =>
	verdicts.find((v) => v.name.startsWith(start))!;

test('judges build time and memory as ratios at the largest corpus our site was built with', () => {
	const verdicts = judgeBudgets([
		figures('site', 100, 99_000, 9_999),
		figures('minimal', 100, 1_000, 100),
		figures('site', 1000, 18_000, 1_000),
		figures('minimal', 1000, 16_000, 1_000),
		figures('starlight', 1000, 31_000, 1_800),
	]);
	expect(byName(verdicts, 'build at 1000 notes vs the minimal floor')).toMatchObject({
		status: 'PASS',
		measured: '1.13× (18.00 s vs 16.00 s)',
		limit: '≤ 1.15×',
	});
	// 100 notes is not a budgeted size: measured, not judged.
	expect(verdicts.some((v) => v.name.includes('at 100 notes'))).toBe(false);
	const starlight = byName(verdicts, 'build at 1000 notes vs Starlight');
	expect(starlight.status).toBe('PASS');
	expect(byName(verdicts, 'peak memory').status).toBe('PASS');
});

test('says by how much a budget is missed', () => {
	const verdicts = judgeBudgets([
		figures('site', 1000, 24_000, 1_200, {
			jsBeforeSearchGzBytes: 4 * 1024,
			firstLoadBytes: 20 * 1024,
			noteHtmlMeanBytes: 50 * 1024,
		}),
		figures('minimal', 1000, 16_000, 1_000),
		figures('starlight', 1000, 30_000, 1_800),
	]);
	expect(byName(verdicts, 'build at 1000 notes vs the minimal floor')).toMatchObject({
		status: 'MISS',
		over: '5.60 s over the limit (0.35× of the baseline)',
	});
	expect(byName(verdicts, 'build at 1000 notes vs Starlight')).toMatchObject({ status: 'MISS' });
	expect(byName(verdicts, 'peak memory')).toMatchObject({
		status: 'MISS',
		over: '200 MB over the limit (0.20× of the baseline)',
	});
	expect(byName(verdicts, 'note page: JS before search')).toMatchObject({
		status: 'MISS',
		over: '1.0 KB over',
	});
	expect(byName(verdicts, 'note page: first load')).toMatchObject({
		status: 'PASS',
		measured: '20.0 KB',
	});
	expect(byName(verdicts, 'note page HTML')).toMatchObject({
		status: 'MISS',
		over: '10.0 KB over',
	});
});

test('a ratio without its baseline, or a figure not measured, is n/a rather than a pass', () => {
	const verdicts = judgeBudgets([figures('site', 100, 5_000, 500)]);
	expect(byName(verdicts, 'build at 100 notes vs the minimal floor').status).toBe('n/a');
	expect(byName(verdicts, 'search box: first search').status).toBe('n/a');
});

test('judges CPU time beside wall time, with the same limits', () => {
	const verdicts = judgeBudgets([
		{ ...figures('site', 1000, 60_000, 1_000), cpuS: 50 },
		{ ...figures('minimal', 1000, 40_000, 1_000), cpuS: 40 },
		{ ...figures('starlight', 1000, 110_000, 1_800), cpuS: 70 },
	]);
	expect(byName(verdicts, 'build CPU time at 1000 notes vs the floor')).toMatchObject({
		status: 'MISS',
		measured: '1.25× (50.0 s CPU vs 40.0 s CPU)',
	});
	expect(byName(verdicts, 'build CPU time at 1000 notes vs Starlight')).toMatchObject({
		status: 'MISS',
	});
	expect(byName(verdicts, 'build at 1000 notes vs Starlight')).toMatchObject({ status: 'PASS' });
});

test('each budgeted size has its own limits: looser at 500 notes than at 1000', () => {
	const verdicts = judgeBudgets([
		figures('site', 500, 11_800, 1_040),
		figures('minimal', 500, 10_000, 1_000),
		figures('starlight', 500, 17_000, 1_500),
		figures('site', 1000, 23_600, 2_040),
		figures('minimal', 1000, 20_000, 2_000),
		figures('starlight', 1000, 34_000, 3_000),
	]);
	// The same ratios (1.18× the floor, 0.69× Starlight, 1.02× the memory) pass at 500, miss at 1000.
	for (const start of [
		'build at 500 notes vs the minimal floor',
		'build at 500 notes vs Starlight',
		'peak memory at 500',
	])
		expect(byName(verdicts, start).status, start).toBe('PASS');
	for (const start of [
		'build at 1000 notes vs the minimal floor',
		'build at 1000 notes vs Starlight',
		'peak memory at 1000',
	])
		expect(byName(verdicts, start).status, start).toBe('MISS');
	expect(byName(verdicts, 'peak memory at 500').limit).toBe('≤ 1.05×');
	expect(byName(verdicts, 'peak memory at 1000').limit).toBe('≤ 1×');
});
