/** How many column names an accessible table label lists before it stops. */
const MAX_COLUMNS = 4;

/**
 * The accessible name of a scrollable table's region: "Table: Aspect, ARG, ENV". A screen
 * reader announces it when the region takes focus, so the reader knows which table scrolls.
 */
export function tableLabel(headers: readonly string[]): string {
	const names = headers.map((h) => h.replace(/\s+/g, ' ').trim()).filter(Boolean);
	if (names.length === 0) return 'Table';
	const shown = names.slice(0, MAX_COLUMNS).join(', ');
	return `Table: ${shown}${names.length > MAX_COLUMNS ? ', …' : ''}`;
}
