import data from './table.json' with { type: 'json' };

/** One release cycle of a product: `3.13`, `22`, `12` (bookworm). */
export interface Cycle {
	/** The cycle as endoflife.date names it: `3.13`, `22`, `24.04`. */
	cycle: string;
	/** A distribution's one-word codename, lowercase: `bookworm`, `noble`. */
	codename?: string | undefined;
	/** `YYYY-MM-DD` of the first release. */
	released: string;
	/** `YYYY-MM-DD` of the first day without security fixes; null when none is announced yet. */
	eol: string | null;
}

/** A product's cycles and where they come from. */
export interface Product {
	/** How the product is named in messages: `Python`, `Debian`. */
	label: string;
	/** Its endoflife.date page. */
	url: string;
	/** How its cycles were compiled or checked. */
	checked: string;
	cycles: Cycle[];
}

/** The end-of-life table kept in the repository. */
export interface EolTable {
	about: string;
	source: string;
	/** `YYYY-MM-DD` the table was taken. */
	takenOn: string;
	products: Record<string, Product>;
}

/** The table the checks use by default (src/lib/eol/table.json). */
export const EOL_TABLE: EolTable = data as EolTable;
