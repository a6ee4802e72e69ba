import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { noteSchema } from '../../../../src/lib/content/note-schema';

/** The rows of the frontmatter reference table in CONTRIBUTING.md: field name and "required". */
function referenceTable(): { field: string; required: boolean }[] {
	const text = readFileSync('CONTRIBUTING.md', 'utf8');
	const table = /<!-- frontmatter-reference:start -->([\s\S]*?)<!-- frontmatter-reference:end -->/.exec(text)?.[1];
	if (!table) throw new Error('CONTRIBUTING.md has lost its frontmatter-reference markers');
	return table
		.split('\n')
		.filter((line) => /^\|\s*`/.test(line))
		.map((line) => {
			const [field, required] = line.split('|').slice(1, 3).map((cell) => cell.trim());
			return { field: (field ?? '').replace(/`/g, ''), required: required === 'yes' };
		});
}

test('the frontmatter reference in CONTRIBUTING.md lists exactly the schema\'s fields, in order, with the right required flag', () => {
	// A field is required when the schema rejects its absence.
	const schema = Object.entries(noteSchema.shape).map(([field, type]) => ({ field, required: !type.safeParse(undefined).success }));
	expect(referenceTable()).toEqual(schema);
});
