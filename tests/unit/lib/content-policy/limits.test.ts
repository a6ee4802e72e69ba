import { expect, test } from 'vitest';
import { checkSourceLimits, LIMITS } from '../../../../src/lib/content-policy';

const rule = (text: string) => checkSourceLimits(text)?.rule;

test('refuses deep nesting of quotes, lists, elements and braces before the parser sees it', () => {
	expect(rule(`${'>'.repeat(20_000)} x\n`)).toBe('nesting-depth');
	expect(rule(`${'> '.repeat(20_000)}x\n`)).toBe('nesting-depth');
	expect(rule(`${'- '.repeat(20_000)}x\n`)).toBe('nesting-depth');
	expect(rule(`${'<div>'.repeat(20_000)}x${'</div>'.repeat(20_000)}\n`)).toBe('nesting-depth');
	expect(rule(`{${'('.repeat(20_000)}${')'.repeat(20_000)}}\n`)).toBe('nesting-depth');
	// Across lines too: one element per line.
	expect(checkSourceLimits(`Intro.\n\n${'<div>\n'.repeat(LIMITS.depth + 1)}`)).toMatchObject({
		rule: 'nesting-depth',
		line: LIMITS.depth + 3,
	});
});

test('real structure well below the limit passes, and so does nesting inside code fences', () => {
	expect(
		rule(
			`${'> '.repeat(10)}x\n\n${'- '.repeat(10)}y\n\n<details>\n<summary>s</summary>\n\n</details>\n`
		)
	).toBeUndefined();
	expect(
		rule(`\`\`\`json\n${'['.repeat(500)}${']'.repeat(500)}\n\`\`\`\n\nAfter.\n`)
	).toBeUndefined();
	expect(
		rule(`Balanced (a) [b] {c} and \`{{{{\` in code, ${'(x) '.repeat(10_000)}\n`)
	).toBeUndefined();
	expect(rule(`${'<br />'.repeat(1000)}\n`)).toBeUndefined();
});

test('refuses a file over the size limit, naming the size; a 300 KB line passes', () => {
	expect(checkSourceLimits('x'.repeat(1024 * 1024))).toMatchObject({
		rule: 'file-size',
		line: 1,
		message: expect.stringContaining('1.0 MiB'),
	});
	expect(rule(`${'word '.repeat(60_000)}\n`)).toBeUndefined();
});
