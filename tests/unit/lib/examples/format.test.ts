import { describe, expect, test } from 'vitest';
import { formatFailure, formatProblem } from '../../../../src/lib/examples/format';

const problem = {
	file: 'content/notes/building-images/dockerfile.mdx',
	line: 14,
	column: 3,
	rule: 'UnknownInstruction',
	severity: 'error' as const,
	message: '`RUNN` is not a Dockerfile instruction.',
	fix: 'Check the spelling.',
};

describe('formatProblem', () => {
	test('writes file:line:col, severity, rule, message and fix on one line', () => {
		expect(formatProblem(problem)).toBe(
			'content/notes/building-images/dockerfile.mdx:14:3 error [UnknownInstruction] `RUNN` is not a Dockerfile instruction. Check the spelling.'
		);
	});

	test('uses column 1 when the column is unknown, and leaves out a missing fix', () => {
		const { column: _column, fix: _fix, ...bare } = problem;
		expect(formatProblem({ ...bare, severity: 'warning' })).toBe(
			'content/notes/building-images/dockerfile.mdx:14:1 warning [UnknownInstruction] `RUNN` is not a Dockerfile instruction.'
		);
	});
});

describe('formatFailure', () => {
	test('counts the problems, says how to opt out, and lists one per line', () => {
		const message = formatFailure(problem.file, [problem, { ...problem, line: 20 }]);
		const lines = message.split('\n');
		expect(lines[0]).toBe(
			'content/notes/building-images/dockerfile.mdx has 2 broken examples. Fix them, or mark a deliberately wrong block `nocheck`:'
		);
		expect(lines.slice(1).map((l) => l.split(' ')[0])).toEqual([
			'content/notes/building-images/dockerfile.mdx:14:3',
			'content/notes/building-images/dockerfile.mdx:20:3',
		]);
	});

	test('says "1 broken example" for one', () => {
		expect(formatFailure(problem.file, [problem])).toMatch(/has 1 broken example\./);
	});
});
