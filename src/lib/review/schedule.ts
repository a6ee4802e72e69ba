import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';
import type { CardProgress, Progress } from '../progress.ts';

/** The four answers a reader gives after seeing the answer. */
export const RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type ReviewRating = (typeof RATINGS)[number];

const GRADES: Record<ReviewRating, Grade> = {
	again: Rating.Again,
	hard: Rating.Hard,
	good: Rating.Good,
	easy: Rating.Easy,
};

// Whole days, no minute-long learning steps: a reader of notes reviews once a day, not in a
// drill, so "again" brings a card back at the next session. Fuzz spreads cards rated on the
// same day; ts-fsrs seeds it from the card and the review time, so it is repeatable.
const scheduler = fsrs(generatorParameters({ enable_short_term: false, enable_fuzz: true }));

function toCard(stored: CardProgress | undefined, now: Date): Card {
	if (!stored) return createEmptyCard(now);
	return { ...stored, due: new Date(stored.due), last_review: new Date(stored.last_review) };
}

function toStored(card: Card, now: Date): CardProgress {
	return {
		due: card.due.toISOString(),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsed_days: card.elapsed_days,
		scheduled_days: card.scheduled_days,
		learning_steps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
		last_review: (card.last_review ?? now).toISOString(),
	};
}

/** Progress after the reader rated card `id` at `now`; the input is left unchanged. */
export function rateCard(
	progress: Progress,
	id: string,
	rating: ReviewRating,
	now: Date
): Progress {
	const cards = Object.assign(Object.create(null) as Record<string, CardProgress>, progress.cards);
	const stored = Object.hasOwn(cards, id) ? cards[id] : undefined;
	const { card } = scheduler.next(toCard(stored, now), now, GRADES[rating]);
	cards[id] = toStored(card, now);
	return { ...progress, cards };
}
