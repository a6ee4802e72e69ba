import { isDone, type Progress } from '../progress.ts';

/** What the queue needs to know of a card: its id and the note it comes from. */
export interface QueueCard {
	id: string;
	slug: string;
}

/**
 * The cards due at `now`, in the order to review them: cards already rated, most overdue first,
 * then new cards in learning-path order (the order of `cards`). Only cards of notes the reader
 * marked as done are in the queue.
 */
export function reviewQueue<C extends QueueCard>(
	cards: readonly C[],
	progress: Progress,
	now: Date
): C[] {
	const state = progress.cards ?? {};
	const rated: { card: C; due: number; at: number }[] = [];
	const fresh: C[] = [];
	for (const [at, card] of cards.entries()) {
		if (!isDone(progress, card.slug)) continue;
		const stored = Object.hasOwn(state, card.id) ? state[card.id] : undefined;
		if (!stored) fresh.push(card);
		else if (Date.parse(stored.due) <= now.getTime())
			rated.push({ card, due: Date.parse(stored.due), at });
	}
	rated.sort((a, b) => a.due - b.due || a.at - b.at);
	return [...rated.map((r) => r.card), ...fresh];
}

/** When the next card of a done note falls due after `now`, if any is waiting. */
export function nextDue(
	cards: readonly QueueCard[],
	progress: Progress,
	now: Date
): Date | undefined {
	const state = progress.cards ?? {};
	let next: number | undefined;
	for (const card of cards) {
		const stored =
			isDone(progress, card.slug) && Object.hasOwn(state, card.id) ? state[card.id] : undefined;
		const due = stored ? Date.parse(stored.due) : undefined;
		if (due !== undefined && due > now.getTime() && (next === undefined || due < next)) next = due;
	}
	return next === undefined ? undefined : new Date(next);
}
