/** Levenshtein distance: the fewest single-character edits that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
			current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
		}
		previous = current;
	}
	return previous[b.length] ?? 0;
}

/** The candidate closest to `word`, if it is close enough to be a likely typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
	// Short words get one edit, longer ones up to three: `port` → `ports`, `enviroment` → `environment`.
	const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		if (candidate === word) continue;
		const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
		if (distance <= limit && distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}

/** A ` (did you mean `x`?)` suffix, or nothing when no candidate is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
	const match = closest(word, candidates);
	return match ? ` (did you mean \`${match}\`?)` : '';
}
