/**
 * Damerau-Levenshtein distance in its "optimal string alignment" form: insertions, deletions,
 * substitutions and swaps of two neighbouring letters each cost 1. Stops early and returns
 * `max + 1` once the distance is certain to exceed `max`, because the caller compares one
 * word against thousands and only cares about close ones.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
	if (a === b) return 0;
	if (Math.abs(a.length - b.length) > max) return max + 1;
	// Three rolling rows: the swap rule looks two rows back.
	let before = new Array<number>(b.length + 1).fill(0);
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	let current = new Array<number>(b.length + 1).fill(0);
	for (let i = 1; i <= a.length; i++) {
		current[0] = i;
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				d = Math.min(d, before[j - 2]! + 1);
			}
			current[j] = d;
			if (d < rowMin) rowMin = d;
		}
		if (rowMin > max) return max + 1;
		[before, previous, current] = [previous, current, before];
	}
	return Math.min(previous[b.length]!, max + 1);
}
