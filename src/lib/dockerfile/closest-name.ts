/** The candidate within `maxEdits` edits of `value` (ignoring case), for "did you mean" hints. */
export function closestName(
	value: string,
	candidates: Iterable<string>,
	maxEdits = 2
): string | undefined {
	let best: { name: string; distance: number } | undefined;
	for (const name of candidates) {
		const distance = editDistance(value.toLowerCase(), name.toLowerCase());
		if (name !== value && distance <= maxEdits && (!best || distance < best.distance)) {
			best = { name, distance };
		}
	}
	return best?.name;
}

/** Levenshtein distance: the fewest single-character edits turning `a` into `b`. */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
			current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
		}
		previous = current;
	}
	return previous[b.length] ?? 0;
}
