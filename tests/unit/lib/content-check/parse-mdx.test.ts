import { expect, test } from 'vitest';
import { mdxSyntaxDiagnostic, parseMdx } from '../../../../src/lib/content-check/parse-mdx';

test("an unclosed tag is reported at the parser's line, with how to close it", () => {
	const parsed = parseMdx(
		'---\ntitle: x\n---\n\nText.\n\n<details>\n<summary>Why?</summary>\n\nBecause.\n'
	);
	expect(parsed).toEqual({
		error: expect.objectContaining({
			rule: 'mdx-syntax',
			line: 7,
			column: 1,
			message: 'MDX cannot read this: Expected a closing tag for `<details>`',
		}),
	});
	if ('error' in parsed) expect(parsed.error.fix).toContain('</details>');
});

test('braces and HTML comments get their own hints', () => {
	const brace = parseMdx('Use {{.Names} here.');
	expect('error' in brace && brace.error.fix).toContain('inline code');
	const comment = parseMdx('<!-- hidden -->');
	expect('error' in comment && comment.error.fix).toContain('no HTML comments');
});

test('a message without a position still becomes a diagnostic on line 1', () => {
	expect(mdxSyntaxDiagnostic(new Error('Something odd'))).toMatchObject({
		line: 1,
		column: 1,
		message: 'MDX cannot read this: Something odd',
	});
});
