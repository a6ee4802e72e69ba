import type { Cycle, EolTable, Product } from './table.ts';

/** The parts of endoflife.date's `GET /api/v1/products/{product}/` answer the table keeps. */
export interface EndOfLifeApiProduct {
	result: {
		name: string;
		label?: string;
		links?: { html?: string };
		releases: {
			name: string;
			codename?: string | null;
			releaseDate: string | null;
			eolFrom?: string | null;
		}[];
	};
}

/** The API address of a product. */
export function productApiUrl(product: string): string {
	return `https://endoflife.date/api/v1/products/${encodeURIComponent(product)}/`;
}

/** A codename as tags write it: `Noble Numbat` → `noble`, `Bookworm` → `bookworm`. */
function tagCodename(codename: string | null | undefined): string | undefined {
	const word = codename?.trim().split(/\s+/)[0]?.toLowerCase();
	return word && /^[a-z]+$/.test(word) ? word : undefined;
}

/** Turn one API answer into the table's cycles; a cycle not released yet has nothing to judge. */
export function cyclesFromApi(answer: EndOfLifeApiProduct): Cycle[] {
	return answer.result.releases.flatMap((release) => {
		if (typeof release.releaseDate !== 'string') return [];
		const codename = tagCodename(release.codename);
		return [
			{
				cycle: release.name,
				...(codename ? { codename } : {}),
				released: release.releaseDate,
				eol: typeof release.eolFrom === 'string' ? release.eolFrom : null,
			},
		];
	});
}

/** A new table with each answered product's cycles replaced, taken on `today` (`YYYY-MM-DD`). */
export function updateTable(
	table: EolTable,
	answers: Readonly<Record<string, EndOfLifeApiProduct>>,
	today: string
): EolTable {
	const products: Record<string, Product> = {};
	for (const [name, product] of Object.entries(table.products)) {
		const answer = answers[name];
		products[name] = answer
			? {
					...product,
					url: answer.result.links?.html ?? product.url,
					checked: `endoflife.date API answer of ${today}.`,
					cycles: cyclesFromApi(answer),
				}
			: product;
	}
	const refreshed = Object.keys(answers).length === Object.keys(table.products).length;
	return {
		...table,
		about: refreshed
			? `End-of-life dates of the release cycles of the images the example checks know, from endoflife.date's API on ${today} (npm run update:eol). \`eol\` is the first day without security fixes (\`eolFrom\`); null means no date is announced yet.`
			: table.about,
		takenOn: refreshed ? today : table.takenOn,
		products,
	};
}
