import { editDistance } from './edit-distance.ts';
import { isKnownWord, PLAIN_WORD, type Vocabulary } from './vocabulary.ts';

/**
 * How many edits a word of this length may be away from the word it is corrected to.
 * Short words have too many neighbours (`arg`, `are`, `art`) to guess, so they stay as typed.
 */
export function maxEdits(length: number): number {
	if (length < 4) return 0;
	return length < 8 ? 1 : 2;
}

/**
 * The vocabulary word a mistyped word most likely means: the closest one, and among equally
 * close ones the most frequent. `undefined` when the word is known, not a plain word, or
 * has no close neighbour.
 */
export function correctWord(vocabulary: Vocabulary, typed: string): string | undefined {
	const word = typed.toLowerCase();
	const max = maxEdits(word.length);
	if (max === 0 || !PLAIN_WORD.test(word) || isKnownWord(vocabulary, word)) return undefined;
	let best: string | undefined;
	let bestDistance = max + 1;
	let bestCount = 0;
	vocabulary.words.forEach((candidate, i) => {
		if (Math.abs(candidate.length - word.length) > max) return;
		const distance = editDistance(word, candidate, max);
		const count = vocabulary.counts[i] ?? 0;
		if (distance < bestDistance || (distance === bestDistance && count > bestCount)) {
			best = candidate;
			bestDistance = distance;
			bestCount = count;
		}
	});
	return bestDistance <= max ? best : undefined;
}

/**
 * The query with each mistyped word corrected, or `undefined` when there is nothing to
 * correct. A quoted query is an exact phrase and is never changed.
 */
export function correctQuery(vocabulary: Vocabulary, query: string): string | undefined {
	if (query.includes('"')) return undefined;
	let changed = false;
	const corrected = query
		.trim()
		.split(/\s+/)
		.map((word) => {
			const fix = correctWord(vocabulary, word);
			if (fix === undefined) return word;
			changed = true;
			return fix;
		});
	return changed ? corrected.join(' ') : undefined;
}
