import {
	emptyProgress,
	markDone,
	PROGRESS_KEY,
	record,
	serializeProgress,
} from './progress-core.ts';

export { emptyProgress, markDone, PROGRESS_KEY, serializeProgress };

/** What the reader did with one note: the content hash they read, and when they marked it. */
export interface NoteProgress {
	hash: string;
	/** An ISO 8601 date. */
	doneAt: string;
}

/**
 * Where one review card stands (the fields of an FSRS card, dates as ISO 8601 strings). Kept
 * here so export, import and merge carry it; src/lib/review/schedule.ts computes it.
 */
export interface CardProgress {
	due: string;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	reps: number;
	lapses: number;
	/** FSRS state: 0 new, 1 learning, 2 review, 3 relearning. */
	state: number;
	last_review: string;
}

/** Everything stored about a reader's progress, versioned so a later format can migrate it. */
export interface Progress {
	v: 1;
	notes: Record<string, NoteProgress>;
	/** Workbench exercises solved: exercise id → when (ISO 8601). Absent in older exports. */
	exercises?: Record<string, string>;
	/** Review cards the reader has rated, by card id; absent until the first rating. */
	cards?: Record<string, CardProgress>;
}

/** Where a note stands for the reader: not done, done, or done but changed since. */
export type NoteStatus = 'todo' | 'done' | 'updated';

function isEntry(value: unknown): value is NoteProgress {
	if (typeof value !== 'object' || value === null) return false;
	const { hash, doneAt } = value as Record<string, unknown>;
	return (
		typeof hash === 'string' &&
		/^[0-9a-f]{6,64}$/.test(hash) &&
		typeof doneAt === 'string' &&
		!Number.isNaN(Date.parse(doneAt))
	);
}

const CARD_NUMBERS = [
	'stability',
	'difficulty',
	'elapsed_days',
	'scheduled_days',
	'learning_steps',
	'reps',
	'lapses',
	'state',
] as const;

/** Every field of a stored card: its two dates and its numbers. */
const CARD_FIELDS = ['due', 'last_review', ...CARD_NUMBERS] as const;

function isCard(value: unknown): value is CardProgress {
	if (typeof value !== 'object' || value === null) return false;
	const card = value as Record<string, unknown>;
	const isDate = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v));
	return (
		isDate(card.due) &&
		isDate(card.last_review) &&
		CARD_NUMBERS.every((key) => typeof card[key] === 'number' && Number.isFinite(card[key])) &&
		[0, 1, 2, 3].includes(card.state as number)
	);
}

/**
 * Read stored or imported progress. Returns undefined when the text is not progress at all
 * (not JSON, another version, no `notes`); inside valid progress, entries that are broken are
 * dropped one by one, so one bad entry never costs the reader the rest.
 */
export function parseProgress(text: string | null | undefined): Progress | undefined {
	if (!text) return undefined;
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return undefined;
	}
	if (typeof data !== 'object' || data === null) return undefined;
	const { v, notes, cards, exercises } = data as Record<string, unknown>;
	if (v !== 1 || typeof notes !== 'object' || notes === null || Array.isArray(notes))
		return undefined;
	const progress = emptyProgress();
	for (const [slug, entry] of Object.entries(notes)) {
		if (slug.length > 0 && slug.length <= 200 && isEntry(entry)) {
			progress.notes[slug] = { hash: entry.hash, doneAt: entry.doneAt };
		}
	}
	if (typeof exercises === 'object' && exercises !== null && !Array.isArray(exercises)) {
		for (const [id, at] of Object.entries(exercises)) {
			if (/^[a-z0-9-]{1,80}$/.test(id) && typeof at === 'string' && !Number.isNaN(Date.parse(at))) {
				(progress.exercises ??= record())[id] = at;
			}
		}
	}
	if (typeof cards === 'object' && cards !== null && !Array.isArray(cards)) {
		for (const [id, card] of Object.entries(cards)) {
			if (id.length > 0 && id.length <= 300 && isCard(card)) {
				progress.cards ??= record();
				// Only the known fields, as for notes: nothing else is carried into storage.
				progress.cards[id] = Object.fromEntries(
					CARD_FIELDS.map((key) => [key, card[key]])
				) as unknown as CardProgress;
			}
		}
	}
	return progress;
}

/** Progress with `slug` no longer done. */
export function unmarkDone(progress: Progress, slug: string): Progress {
	const notes = Object.assign(record<NoteProgress>(), progress.notes);
	delete notes[slug];
	return { ...progress, v: 1, notes };
}

/**
 * Combine progress from two browsers. A note done in either is done; when both marked it,
 * the later mark wins, since it holds the content the reader saw last.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
	const notes = Object.assign(record<NoteProgress>(), a.notes);
	for (const [slug, entry] of Object.entries(b.notes)) {
		const mine = Object.hasOwn(notes, slug) ? notes[slug] : undefined;
		if (!mine || Date.parse(entry.doneAt) > Date.parse(mine.doneAt)) notes[slug] = entry;
	}
	// A workbench exercise solved in either browser is solved; the first solving is kept.
	const exercises = Object.assign(record<string>(), b.exercises, a.exercises);
	for (const [id, at] of Object.entries(b.exercises ?? {})) {
		if (Date.parse(at) < Date.parse(exercises[id] ?? at)) exercises[id] = at;
	}
	// A card rated in both browsers keeps the later review.
	const cards = Object.assign(record<CardProgress>(), a.cards);
	for (const [id, card] of Object.entries(b.cards ?? {})) {
		const mine = Object.hasOwn(cards, id) ? cards[id] : undefined;
		if (!mine || Date.parse(card.last_review) > Date.parse(mine.last_review)) cards[id] = card;
	}
	const merged: Progress = { v: 1, notes };
	if (Object.keys(exercises).length > 0) merged.exercises = exercises;
	if (Object.keys(cards).length > 0) merged.cards = cards;
	return merged;
}

/** Progress with the workbench exercise `id` recorded as solved (the first time counts). */
export function markSolved(progress: Progress, id: string, now: Date): Progress {
	if (isSolved(progress, id)) return progress;
	const exercises = Object.assign(record<string>(), progress.exercises, {
		[id]: now.toISOString(),
	});
	return { ...progress, exercises };
}

/** Whether the reader has solved the workbench exercise `id` in this browser. */
export function isSolved(progress: Progress, id: string): boolean {
	return progress.exercises !== undefined && Object.hasOwn(progress.exercises, id);
}

/** Whether the reader marked `slug` done, whatever happened to the note since. */
export function isDone(progress: Progress, slug: string): boolean {
	return Object.hasOwn(progress.notes, slug);
}

/** Whether the note `slug`, whose content now hashes to `hash`, is todo, done or updated. */
export function noteStatus(progress: Progress, slug: string, hash: string | undefined): NoteStatus {
	const entry = isDone(progress, slug) ? progress.notes[slug] : undefined;
	if (!entry) return 'todo';
	return hash && entry.hash !== hash ? 'updated' : 'done';
}

/** How many of `slugs` the reader has done (updated notes count: they were read). */
export function countDone(progress: Progress, slugs: readonly string[]): number {
	return slugs.filter((slug) => isDone(progress, slug)).length;
}

/** The first note in path order the reader has not done, if any. */
export function firstTodo<N extends { slug: string }>(
	progress: Progress,
	path: readonly N[]
): N | undefined {
	return path.find((note) => !isDone(progress, note.slug));
}
