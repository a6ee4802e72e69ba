import { expect, test } from 'vitest';
import { runCheckContent } from '../../../../src/lib/content-check/cli';
import { EOL_TABLE } from '../../../../src/lib/eol/table';

const NOTES = 'tests/fixtures/content/example-dockerfile-valid/content/notes';

/** Run the command on valid notes, judging images on `today`; collect what it prints. */
function run(today: Date) {
	const lines: string[] = [];
	const code = runCheckContent(
		['--notes', NOTES],
		process.cwd(),
		{ log: (l) => lines.push(l), error: (l) => lines.push(l) },
		{ today }
	);
	return { code, lines };
}

const taken = new Date(`${EOL_TABLE.takenOn}T12:00:00Z`);
const later = (months: number) =>
	new Date(Date.UTC(taken.getUTCFullYear(), taken.getUTCMonth() + months, taken.getUTCDate(), 12));

test('warns once, in the usual format, when the end-of-life table is six months old, and still passes', () => {
	const { code, lines } = run(later(6));
	const warnings = lines.filter((l) => l.includes('[StaleEndOfLifeTable]'));
	expect(warnings).toEqual([
		expect.stringMatching(
			/^src\/lib\/eol\/table\.json:4:1 warning \[StaleEndOfLifeTable\] The end-of-life table was taken on \d{4}-\d{2}-\d{2}, 6 months ago.*npm run update:eol/
		),
	]);
	expect(code).toBe(0);
	expect(lines.at(-1)).toBe('check:content: 1 note checked, no errors, 1 warning.');
});

test('says nothing about the table while it is younger than six months', () => {
	const { code, lines } = run(later(5));
	expect(code).toBe(0);
	expect(lines.filter((l) => l.includes('StaleEndOfLifeTable'))).toEqual([]);
	expect(lines.at(-1)).toMatch(/^check:content: 1 note checked, no errors, 0 warnings\.$/);
});
