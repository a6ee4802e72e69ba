import type { ContentDiagnostic, Diagnostic } from '../diagnostic.ts';
import { imageVersions, replaceVersion, type VersionPart } from './image.ts';
import { findCycle, isoDay, isPastEol, supportedCycles, tableAgeInMonths } from './lookup.ts';
import { type Cycle, EOL_TABLE, type EolTable } from './table.ts';

/** Options of the end-of-life checks: the day to judge by and the table, for tests. */
export interface EolOptions {
	/** Defaults to now. */
	today?: Date | undefined;
	/** Defaults to the table in src/lib/eol/table.json. */
	table?: EolTable | undefined;
}

/** A version an image names whose support has ended. */
export interface EolFinding {
	image: string;
	part: VersionPart;
	/** `Python`, `Debian`. */
	label: string;
	cycle: Cycle;
	/** The product's supported cycles, newest first. */
	supported: Cycle[];
	/** The product's endoflife.date page. */
	url: string;
}

/** Every version `image` names that is past its end of life; none for unknown images and tags. */
export function endOfLifeFindings(image: string, options: EolOptions = {}): EolFinding[] {
	const table = options.table ?? EOL_TABLE;
	const today = isoDay(options.today ?? new Date());
	return imageVersions(image).flatMap((part) => {
		const product = table.products[part.product];
		const cycle = product && findCycle(product, part.version, today);
		if (!product || !cycle || !isPastEol(cycle, today)) return [];
		return [
			{
				image,
				part,
				label: product.label,
				cycle,
				supported: supportedCycles(product, today),
				url: product.url,
			},
		];
	});
}

/** `12 (bookworm)` or `3.13`. */
function cycleName(cycle: Cycle): string {
	return cycle.codename ? `${cycle.cycle} (${cycle.codename})` : cycle.cycle;
}

/** The diagnostic for one finding, placed at `line` and `column` (1-based, in the snippet). */
export function endOfLifeDiagnostic(
	finding: EolFinding,
	line: number,
	column: number | undefined,
	table: EolTable = EOL_TABLE
): Diagnostic {
	const { image, part, label, cycle, supported, url } = finding;
	const what =
		part.role === 'image'
			? `\`${image}\` is ${label} ${cycleName(cycle)}`
			: `\`${image}\` is built on ${label} ${cycleName(cycle)}`;
	const newest = supported[0];
	const list = supported.length > 0 ? supported.map(cycleName).join(', ') : 'none listed';
	return {
		line,
		...(column === undefined ? {} : { column }),
		rule: 'EndOfLifeImage',
		severity: 'error',
		message:
			`${what}, whose support ended on ${cycle.eol}: it gets no more security fixes. ` +
			`Supported ${label} versions: ${list} (${url}, table taken ${table.takenOn})`,
		fix: newest
			? `Move to a supported ${label} version, e.g. \`${replaceVersion(image, part, /^\d/.test(part.version) ? newest.cycle : (newest.codename ?? newest.cycle))}\`; or mark the block \`nocheck\` if it shows an outdated image on purpose`
			: 'Use a supported version, or mark the block `nocheck` if it shows an outdated image on purpose',
	};
}

/** How old the table may get before the checker warns that it needs `npm run update:eol`. */
export const STALE_AFTER_MONTHS = 6;

/** The table's file, from the project root, for the warning's location. */
export const TABLE_FILE = 'src/lib/eol/table.json';

/** A warning when the table is six months old or more on `today`; undefined otherwise. */
export function staleTableWarning(options: EolOptions = {}): ContentDiagnostic | undefined {
	const table = options.table ?? EOL_TABLE;
	const age = tableAgeInMonths(table, isoDay(options.today ?? new Date()));
	if (age < STALE_AFTER_MONTHS) return undefined;
	const line =
		JSON.stringify(table, null, '\t')
			.split('\n')
			.findIndex((l) => l.includes('"takenOn"')) + 1;
	return {
		file: TABLE_FILE,
		line: Math.max(line, 1),
		column: 1,
		rule: 'StaleEndOfLifeTable',
		severity: 'warning',
		message: `The end-of-life table was taken on ${table.takenOn}, ${age} months ago, so newer end-of-life dates are missing from the image checks`,
		fix: 'Run `npm run update:eol` (it needs a network) and commit the result',
	};
}
