import { expect, test } from 'vitest';
import {
	formatDiagnostic,
	sortContentDiagnostics,
} from '../../../../src/lib/content-check/diagnostic';
import { parseCliArgs } from '../../../../src/lib/content-check/cli';

test('a diagnostic reads as file:line:col severity [rule] message. fix.', () => {
	const line = formatDiagnostic({
		file: 'content/notes/a.mdx',
		line: 3,
		column: 7,
		severity: 'error',
		rule: 'frontmatter-unknown-key',
		message: '`tag` is not a frontmatter field (did you mean `tags`?)',
		fix: 'Rename it to `tags`',
	});
	expect(line).toBe(
		'content/notes/a.mdx:3:7 error [frontmatter-unknown-key] `tag` is not a frontmatter field (did you mean `tags`?). Rename it to `tags`.'
	);
});

test('diagnostics sort by file, then line, then column', () => {
	const d = (file: string, line: number, column: number) => ({
		file,
		line,
		column,
		severity: 'error' as const,
		rule: 'r',
		message: 'm',
	});
	expect(
		sortContentDiagnostics([d('b', 1, 1), d('a', 9, 1), d('a', 2, 5), d('a', 2, 1)]).map(
			(x) => `${x.file}${x.line}${x.column}`
		)
	).toEqual(['a21', 'a25', 'a91', 'b11']);
});

test('the command line takes --notes and --summary, and refuses anything else', () => {
	expect(parseCliArgs(['--summary', 'out.md', '--notes', 'x'])).toEqual({
		summary: 'out.md',
		notes: 'x',
	});
	expect(parseCliArgs(['--summary'])).toHaveProperty('error');
	expect(parseCliArgs(['--fix'])).toHaveProperty('error');
});
