import { describe, expect, test } from 'vitest';
import {
	emptyProgress,
	markDone,
	mergeProgress,
	parseProgress,
	serializeProgress,
	type Progress,
} from '../../../../src/lib/progress';
import { nextDue, reviewQueue } from '../../../../src/lib/review/queue';
import { rateCard, type ReviewRating } from '../../../../src/lib/review/schedule';

const DAY = 86_400_000;
const start = new Date('2026-12-01T09:00:00Z');
const cards = [
	{ id: 'volumes#a', slug: 'volumes' },
	{ id: 'volumes#b', slug: 'volumes' },
	{ id: 'volumes#c', slug: 'volumes' },
	{ id: 'compose#a', slug: 'compose' },
];
const ids = (progress: Progress, now: Date) => reviewQueue(cards, progress, now).map((c) => c.id);

describe('reviewQueue', () => {
	test('holds no card until its note is marked done, then its cards in order', () => {
		expect(ids(emptyProgress(), start)).toEqual([]);
		const done = markDone(emptyProgress(), 'volumes', 'abcdef', start);
		expect(ids(done, start)).toEqual(['volumes#a', 'volumes#b', 'volumes#c']);
	});

	test('a rated card leaves the queue until it falls due', () => {
		let progress = markDone(emptyProgress(), 'volumes', 'abcdef', start);
		progress = rateCard(progress, 'volumes#a', 'good', start);
		expect(ids(progress, start)).toEqual(['volumes#b', 'volumes#c']);
		const due = nextDue(cards, progress, start)!;
		expect(due.getTime()).toBeGreaterThan(start.getTime());
		expect(ids(progress, due)).toEqual(['volumes#a', 'volumes#b', 'volumes#c']);
	});
});

describe('rateCard with FSRS', () => {
	/** Rate every due card with the next rating of `ratings`, a day at a time, with a fixed clock. */
	function simulate(ratings: readonly ReviewRating[], days: number) {
		let progress = markDone(emptyProgress(), 'volumes', 'abcdef', start);
		progress = markDone(progress, 'compose', 'abcdef', start);
		const sessions: string[][] = [];
		let i = 0;
		for (let day = 0; day < days; day++) {
			const now = new Date(start.getTime() + day * DAY);
			const queue = ids(progress, now);
			sessions.push(queue);
			for (const id of queue)
				progress = rateCard(progress, id, ratings[i++ % ratings.length]!, now);
		}
		return { sessions, progress };
	}

	test('schedules a seeded sequence of ratings in the same order every time', () => {
		const ratings: ReviewRating[] = ['again', 'good', 'easy', 'hard', 'good', 'again', 'good'];
		const first = simulate(ratings, 30);
		expect(simulate(ratings, 30)).toEqual(first);
		// Day 0 shows every new card; after that, only cards whose interval has run out.
		expect(first.sessions[0]).toEqual(['volumes#a', 'volumes#b', 'volumes#c', 'compose#a']);
		expect(first.sessions.slice(1).every((s) => s.length < 4)).toBe(true);
	});

	test('again brings a card back sooner than hard, hard sooner than good, good sooner than easy', () => {
		const progress = markDone(emptyProgress(), 'volumes', 'abcdef', start);
		const dueAfter = (rating: ReviewRating) =>
			Date.parse(rateCard(progress, 'volumes#a', rating, start).cards!['volumes#a']!.due);
		const [again, hard, good, easy] = (['again', 'hard', 'good', 'easy'] as const).map(dueAfter);
		expect(again).toBeLessThanOrEqual(hard!);
		expect(hard).toBeLessThan(good!);
		expect(good).toBeLessThan(easy!);
	});

	test('a card answered wrong comes back before one answered easily', () => {
		let progress = markDone(emptyProgress(), 'volumes', 'abcdef', start);
		progress = rateCard(progress, 'volumes#a', 'easy', start);
		progress = rateCard(progress, 'volumes#b', 'again', start);
		progress = rateCard(progress, 'volumes#c', 'good', start);
		const later = new Date(start.getTime() + 60 * DAY);
		expect(ids(progress, later)).toEqual(['volumes#b', 'volumes#c', 'volumes#a']);
	});

	test('rated cards survive export and import, and a merge keeps the later review', () => {
		let mine = markDone(emptyProgress(), 'volumes', 'abcdef', start);
		mine = rateCard(mine, 'volumes#a', 'good', start);
		const restored = parseProgress(serializeProgress(mine))!;
		expect(restored).toEqual(JSON.parse(serializeProgress(mine)));
		expect(ids(restored, start)).toEqual(ids(mine, start));

		const later = new Date(start.getTime() + 10 * DAY);
		const theirs = rateCard(restored, 'volumes#a', 'again', later);
		expect(mergeProgress(mine, theirs).cards!['volumes#a']).toEqual(theirs.cards!['volumes#a']);
		expect(mergeProgress(theirs, mine).cards!['volumes#a']).toEqual(theirs.cards!['volumes#a']);
	});

	test('drops a broken card entry on import and keeps the rest', () => {
		const text = JSON.stringify({
			v: 1,
			notes: {},
			cards: {
				good: rateCard(emptyProgress(), 'good', 'good', start).cards!.good,
				bad: { due: 'never' },
			},
		});
		expect(Object.keys(parseProgress(text)!.cards!)).toEqual(['good']);
	});

	test('keeps only the fields of a card on import: nothing else is carried into storage', () => {
		const card = rateCard(emptyProgress(), 'good', 'good', start).cards!.good!;
		const text = JSON.stringify({
			v: 1,
			notes: {},
			cards: { good: { ...card, note: '<b>x</b>' } },
		});
		expect(parseProgress(text)!.cards!.good).toStrictEqual(card);
	});
});
