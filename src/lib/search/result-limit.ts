/**
 * What the search dialog says under a list cut to the best `max` results, or undefined when
 * every result is listed.
 */
export function resultLimitMessage(total: number, max: number): string | undefined {
	if (total <= max) return undefined;
	return `Showing the best ${max} of ${total} results. Add a word or choose a section to narrow them.`;
}
