import { describe, expect, test } from 'vitest';
import {
	emptyProgress,
	isSolved,
	markDone,
	markSolved,
	mergeProgress,
	parseProgress,
	serializeProgress,
	unmarkDone,
} from '../../../src/lib/progress';

const day = (d: number) => new Date(Date.UTC(2026, 10, d));

describe('solved workbench exercises in progress', () => {
	test('solving is recorded, survives export and import, and marking notes keeps it', () => {
		let progress = markSolved(emptyProgress(), 'non-root', day(1));
		progress = markDone(progress, 'compose', 'bbbbbb222222', day(2));
		progress = unmarkDone(progress, 'compose');
		expect(isSolved(progress, 'non-root')).toBe(true);
		expect(isSolved(progress, 'cache-order')).toBe(false);
		const back = parseProgress(serializeProgress(progress))!;
		expect(isSolved(back, 'non-root')).toBe(true);
		expect(back.exercises?.['non-root']).toBe(day(1).toISOString());
	});
	test('the first solving counts: solving again changes nothing', () => {
		const once = markSolved(emptyProgress(), 'non-root', day(1));
		expect(markSolved(once, 'non-root', day(5))).toBe(once);
	});
	test('an export from before exercises existed still imports, with none solved', () => {
		const old = parseProgress('{"v":1,"notes":{}}')!;
		expect(old.exercises).toBeUndefined();
		expect(isSolved(old, 'non-root')).toBe(false);
	});
	test('broken exercise entries are dropped one by one', () => {
		const text = JSON.stringify({
			v: 1,
			notes: {},
			exercises: { 'non-root': day(1).toISOString(), 'Bad Id': day(1).toISOString(), x: 'never' },
		});
		expect(parseProgress(text)?.exercises).toEqual({ 'non-root': day(1).toISOString() });
		expect(
			parseProgress(JSON.stringify({ v: 1, notes: {}, exercises: ['non-root'] }))?.exercises
		).toBeUndefined();
	});
	test('merging keeps exercises solved in either browser, with the earlier date', () => {
		const a = markSolved(emptyProgress(), 'non-root', day(3));
		const b = markSolved(markSolved(emptyProgress(), 'non-root', day(1)), 'cache-order', day(2));
		expect(mergeProgress(a, b).exercises).toEqual({
			'non-root': day(1).toISOString(),
			'cache-order': day(2).toISOString(),
		});
		expect(mergeProgress(emptyProgress(), emptyProgress()).exercises).toBeUndefined();
	});
});
