import type { Cycle, EolTable, Product } from './table.ts';

/** A `Date` as the `YYYY-MM-DD` the table uses (UTC). */
export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

function parts(version: string): number[] {
	return version.split('.').map(Number);
}

/** Newest first: 3.14 before 3.9. */
function newerFirst(a: Cycle, b: Cycle): number {
	const [x, y] = [parts(a.cycle), parts(b.cycle)];
	for (let i = 0; i < Math.max(x.length, y.length); i++) {
		const d = (y[i] ?? -1) - (x[i] ?? -1);
		if (d !== 0) return d;
	}
	return 0;
}

/** True when `version`'s numbers start with all of `cycle`'s (`3.13.1` is in `3.13`; `3.1` is not). */
function startsWith(version: number[], cycle: number[]): boolean {
	return cycle.every((n, i) => version[i] === n);
}

/**
 * The cycle a tag's version names. `3.13.1` is in 3.13; a shorter tag names the newest cycle
 * it covers, as the image's tags do (`mysql:8` is 8.4, `redis:7` is 7.4); a codename
 * (`bookworm`) names its cycle. Undefined when the table has no such cycle.
 */
export function findCycle(product: Product, version: string, today: string): Cycle | undefined {
	if (!/^\d/.test(version)) return product.cycles.find((c) => c.codename === version);
	const wanted = parts(version);
	const released = product.cycles.filter((c) => c.released <= today).sort(newerFirst);
	const exact = released
		.filter((c) => startsWith(wanted, parts(c.cycle)))
		.sort((a, b) => parts(b.cycle).length - parts(a.cycle).length);
	if (exact[0]) return exact[0];
	return released.find(
		(c) => parts(c.cycle).length > wanted.length && startsWith(parts(c.cycle), wanted)
	);
}

/** Whether a cycle's security support has ended by `today`. */
export function isPastEol(cycle: Cycle, today: string): boolean {
	return cycle.eol !== null && cycle.eol <= today;
}

/** The released cycles still supported on `today`, newest first. */
export function supportedCycles(product: Product, today: string): Cycle[] {
	return product.cycles.filter((c) => c.released <= today && !isPastEol(c, today)).sort(newerFirst);
}

/** How many months old the table is on `today`, counted in whole calendar months. */
export function tableAgeInMonths(table: Pick<EolTable, 'takenOn'>, today: string): number {
	const [ty = 0, tm = 0, td = 0] = table.takenOn.split('-').map(Number);
	const [y = 0, m = 0, d = 0] = today.split('-').map(Number);
	return (y - ty) * 12 + (m - tm) - (d < td ? 1 : 0);
}
