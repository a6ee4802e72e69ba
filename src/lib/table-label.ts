/** How many column names an accessible table label lists before it stops. */
const MAX_COLUMNS = 4;

/**
 * The accessible name of a scrollable table's region: "Table under Images: Command, What it
 * does". A screen reader announces it when the region takes focus, so the reader knows which
 * table scrolls. The heading above the table tells apart tables with the same columns.
 */
export function tableLabel(headers: readonly string[], heading?: string): string {
	const names = headers.map(squash).filter(Boolean);
	const under = heading && squash(heading) ? ` under ${squash(heading)}` : '';
	if (names.length === 0) return `Table${under}`;
	const shown = names.slice(0, MAX_COLUMNS).join(', ');
	return `Table${under}: ${shown}${names.length > MAX_COLUMNS ? ', …' : ''}`;
}

/**
 * Hands out names that are unique on one page: a region landmark must have a name of its own
 * (axe's landmark-unique), so the second "Table: A, B" becomes "Table: A, B (2)".
 */
export function uniqueNames(): (name: string) => string {
	const seen = new Map<string, number>();
	return (name) => {
		const count = (seen.get(name) ?? 0) + 1;
		seen.set(name, count);
		return count === 1 ? name : `${name} (${count})`;
	};
}

function squash(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
