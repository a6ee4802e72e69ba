// The part of src/lib/progress.ts that every page loads before the reader's first mark (see
// src/scripts/progress-loader.ts): its own module, so the rest is fetched only when needed.
// src/lib/progress.ts re-exports all of it; import from there.
import type { NoteProgress, Progress } from './progress.ts';

/** The localStorage key that holds the reader's progress. */
export const PROGRESS_KEY = 'dn-progress';

// Objects without a prototype, so a slug such as `__proto__` is just a key.
export const record = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

/** Progress with no note done. */
export function emptyProgress(): Progress {
	return { v: 1, notes: record() };
}

/** The text to store or export. */
export function serializeProgress(progress: Progress): string {
	return JSON.stringify(progress);
}

/** Progress with `slug` marked done at `hash`, the content the reader has just read. */
export function markDone(progress: Progress, slug: string, hash: string, now: Date): Progress {
	const notes = Object.assign(record<NoteProgress>(), progress.notes);
	notes[slug] = { hash, doneAt: now.toISOString() };
	return { ...progress, v: 1, notes };
}
