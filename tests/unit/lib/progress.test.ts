import { describe, expect, test } from 'vitest';
import {
	countDone,
	emptyProgress,
	firstTodo,
	isDone,
	markDone,
	mergeProgress,
	noteStatus,
	parseProgress,
	serializeProgress,
	unmarkDone,
	type Progress,
} from '../../../src/lib/progress';

const day = (d: number) => new Date(Date.UTC(2026, 10, d));
const sample = (): Progress =>
	markDone(
		markDone(emptyProgress(), 'containers', 'aaaaaa111111', day(1)),
		'compose',
		'bbbbbb222222',
		day(2)
	);

describe('parseProgress', () => {
	test('reads back what serializeProgress wrote', () => {
		const progress = sample();
		expect(parseProgress(serializeProgress(progress))).toEqual(progress);
	});

	test('stores the documented shape: a version and notes with hash and date', () => {
		expect(JSON.parse(serializeProgress(sample()))).toEqual({
			v: 1,
			notes: {
				containers: { hash: 'aaaaaa111111', doneAt: '2026-11-01T00:00:00.000Z' },
				compose: { hash: 'bbbbbb222222', doneAt: '2026-11-02T00:00:00.000Z' },
			},
		});
	});

	test.each([
		['nothing stored', null],
		['an empty string', ''],
		['text that is not JSON', '{"v":1,'],
		['a JSON string', '"progress"'],
		['null', 'null'],
		['an array', '[]'],
		['another version', '{"v":2,"notes":{}}'],
		['no version', '{"notes":{}}'],
		['notes as an array', '{"v":1,"notes":[]}'],
		['notes missing', '{"v":1}'],
	])('returns undefined for %s', (_, text) => {
		expect(parseProgress(text)).toBeUndefined();
	});

	test('drops broken entries and keeps the good ones', () => {
		const text = JSON.stringify({
			v: 1,
			notes: {
				good: { hash: 'abcdef123456', doneAt: '2026-11-03T10:00:00.000Z' },
				'no-hash': { doneAt: '2026-11-03T10:00:00.000Z' },
				'bad-hash': { hash: '<script>', doneAt: '2026-11-03T10:00:00.000Z' },
				'bad-date': { hash: 'abcdef123456', doneAt: 'yesterday' },
				'not-an-object': true,
				'': { hash: 'abcdef123456', doneAt: '2026-11-03T10:00:00.000Z' },
			},
		});
		expect(Object.keys(parseProgress(text)?.notes ?? {})).toEqual(['good']);
	});

	test('keeps only hash and doneAt from an entry', () => {
		const text = '{"v":1,"notes":{"a":{"hash":"abcdef","doneAt":"2026-11-03","extra":"x"}}}';
		expect(parseProgress(text)?.notes['a']).toEqual({ hash: 'abcdef', doneAt: '2026-11-03' });
	});

	test('treats a slug named __proto__ as an ordinary note', () => {
		const text = '{"v":1,"notes":{"__proto__":{"hash":"abcdef","doneAt":"2026-11-03"}}}';
		const progress = parseProgress(text)!;
		expect(isDone(progress, '__proto__')).toBe(true);
		expect(isDone(progress, 'constructor')).toBe(false);
		expect(Object.getPrototypeOf({})).toBe(Object.prototype);
	});
});

describe('marking notes', () => {
	test('markDone records the hash and the time, without changing its input', () => {
		const before = emptyProgress();
		const after = markDone(before, 'images', 'cccccc333333', day(5));
		expect(after.notes['images']).toEqual({
			hash: 'cccccc333333',
			doneAt: '2026-11-05T00:00:00.000Z',
		});
		expect(isDone(before, 'images')).toBe(false);
	});

	test('unmarkDone forgets the note', () => {
		const after = unmarkDone(sample(), 'compose');
		expect(isDone(after, 'compose')).toBe(false);
		expect(isDone(after, 'containers')).toBe(true);
	});
});

describe('noteStatus', () => {
	test('is todo, done, or updated when the hash moved on', () => {
		const progress = sample();
		expect(noteStatus(progress, 'volumes', 'dddddd444444')).toBe('todo');
		expect(noteStatus(progress, 'compose', 'bbbbbb222222')).toBe('done');
		expect(noteStatus(progress, 'compose', 'eeeeee555555')).toBe('updated');
	});

	test('is done again once the reader marks the new content', () => {
		const again = markDone(sample(), 'compose', 'eeeeee555555', day(9));
		expect(noteStatus(again, 'compose', 'eeeeee555555')).toBe('done');
	});

	test('does not see Object.prototype names as done notes', () => {
		expect(noteStatus(emptyProgress(), 'constructor', 'abcdef')).toBe('todo');
		expect(noteStatus({ v: 1, notes: {} }, 'toString', 'abcdef')).toBe('todo');
	});
});

describe('mergeProgress', () => {
	test('keeps notes done in either browser', () => {
		const other = markDone(emptyProgress(), 'volumes', 'ffffff666666', day(3));
		expect(Object.keys(mergeProgress(sample(), other).notes).sort()).toEqual([
			'compose',
			'containers',
			'volumes',
		]);
	});

	test('keeps the later mark when both browsers marked a note', () => {
		const newer = markDone(emptyProgress(), 'compose', 'eeeeee555555', day(20));
		const older = markDone(emptyProgress(), 'compose', 'bbbbbb000000', day(1));
		expect(mergeProgress(sample(), newer).notes['compose']?.hash).toBe('eeeeee555555');
		expect(mergeProgress(sample(), older).notes['compose']?.hash).toBe('bbbbbb222222');
		expect(mergeProgress(older, sample()).notes['compose']?.hash).toBe('bbbbbb222222');
	});
});

describe('path helpers', () => {
	const path = ['containers', 'images', 'compose', 'volumes'].map((slug) => ({ slug }));

	test('countDone counts done and updated notes among the given slugs', () => {
		expect(countDone(sample(), ['containers', 'images', 'compose'])).toBe(2);
		expect(countDone(sample(), [])).toBe(0);
	});

	test('firstTodo is the first note in path order not done', () => {
		expect(firstTodo(sample(), path)?.slug).toBe('images');
		expect(firstTodo(emptyProgress(), path)?.slug).toBe('containers');
	});

	test('firstTodo is undefined once every note is done', () => {
		const all = path.reduce((p, n) => markDone(p, n.slug, 'abcdef', day(1)), emptyProgress());
		expect(firstTodo(all, path)).toBeUndefined();
	});
});
