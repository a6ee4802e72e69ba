import { distance } from 'fastest-levenshtein';

/** Levenshtein distance: the fewest single-character edits that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
	return distance(a, b);
}

/** How many edits a likely typo of `word` is away: one for short words, up to three for long ones. */
export function editsAllowed(word: string): number {
	// `port` → `ports`, `enviroment` → `environment`.
	return Math.max(1, Math.min(3, Math.floor(word.length / 3)));
}

/**
 * The candidate closest to `word` (ignoring case), if it is close enough to be a likely typo:
 * at most `maxEdits` edits away. `word` itself is never suggested.
 */
export function closest(
	word: string,
	candidates: Iterable<string>,
	maxEdits = editsAllowed(word)
): string | undefined {
	const lower = word.toLowerCase();
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		if (candidate === word) continue;
		const d = editDistance(lower, candidate.toLowerCase());
		if (d <= maxEdits && d < bestDistance) {
			best = candidate;
			bestDistance = d;
		}
	}
	return best;
}

/** A ` (did you mean `x`?)` suffix, or nothing when no candidate is close. */
export function didYouMean(word: string, candidates: Iterable<string>, maxEdits?: number): string {
	const match = closest(word, candidates, maxEdits);
	return match ? ` (did you mean \`${match}\`?)` : '';
}
