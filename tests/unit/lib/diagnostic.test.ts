import { expect, test } from 'vitest';
import { formatDiagnostic, inFile, placeInNote } from '../../../src/lib/diagnostic';

const found = {
	line: 2,
	column: 6,
	rule: 'EndOfLifeImage',
	severity: 'error' as const,
	message: 'Old',
	fix: 'Use a new one',
};

test('a block diagnostic moves to the note: line 1 is the line after the fence, columns follow the fence indent', () => {
	expect(placeInNote(found, { line: 10, column: 1 })).toMatchObject({ line: 12, column: 6 });
	expect(placeInNote(found, { line: 10, column: 3 })).toMatchObject({ line: 12, column: 8 });
	expect(placeInNote({ ...found, column: undefined }, { line: 10, column: 3 })).toMatchObject({
		line: 12,
		column: 3,
	});
});

test('one formatter for the checker and the build: file:line:col severity [rule] Message. Fix.', () => {
	const [placed] = inFile('content/notes/a.mdx', [placeInNote(found, { line: 10, column: 1 })]);
	expect(formatDiagnostic(placed!)).toBe(
		'content/notes/a.mdx:12:6 error [EndOfLifeImage] Old. Use a new one.'
	);
	expect(formatDiagnostic({ ...found, file: 'x.mdx', column: undefined, fix: undefined })).toBe(
		'x.mdx:2:1 error [EndOfLifeImage] Old.'
	);
});
