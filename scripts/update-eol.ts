// Refresh src/lib/eol/table.json from endoflife.date's API. Needs a network; not part of the
// build or the tests, which read the committed table. Usage: npm run update:eol
import { readFileSync, writeFileSync } from 'node:fs';
import type { EolTable } from '../src/lib/eol/table.ts';
import { type EndOfLifeApiProduct, productApiUrl, updateTable } from '../src/lib/eol/update.ts';

const path = new URL('../src/lib/eol/table.json', import.meta.url);
const table = JSON.parse(readFileSync(path, 'utf8')) as EolTable;
const answers: Record<string, EndOfLifeApiProduct> = {};
let failed = 0;
for (const product of Object.keys(table.products)) {
	const url = productApiUrl(product);
	try {
		const response = await fetch(url, { headers: { accept: 'application/json' } });
		if (!response.ok) throw new Error(`HTTP ${response.status}`);
		answers[product] = (await response.json()) as EndOfLifeApiProduct;
		console.log(`update:eol: ${product}: ${answers[product].result.releases.length} cycles`);
	} catch (error) {
		failed += 1;
		console.error(
			`update:eol: ${url} could not be read (${error instanceof Error ? error.message : String(error)}); its cycles are kept.`
		);
	}
}
const today = new Date().toISOString().slice(0, 10);
writeFileSync(path, `${JSON.stringify(updateTable(table, answers, today), null, '\t')}\n`);
console.log(
	failed === 0
		? `update:eol: table taken on ${today}.`
		: `update:eol: ${failed} products kept their old cycles, so the table keeps its old date.`
);
process.exitCode = failed === 0 ? 0 : 1;
