import { describe, expect, test } from 'vitest';
import { scanVariables } from '../../../../src/lib/dockerfile/scan-variables.ts';

const names = (text: string, escape?: string) => scanVariables(text, escape).map((use) => use.name);

describe('scanVariables', () => {
	test('finds plain and braced variables with their offsets', () => {
		expect(scanVariables('a=$A b=${B}')).toEqual([
			{ name: 'A', index: 2, hasFallback: false },
			{ name: 'B', index: 7, hasFallback: false },
		]);
	});

	test('reduces modifiers to the variable name and notes fallbacks', () => {
		const uses = scanVariables('${V#v} ${V%%.*} ${P:-80} ${P-80} ${T:+x} ${R:?} ${U/a/b}');
		expect(uses.map((u) => [u.name, u.hasFallback])).toEqual([
			['V', false],
			['V', false],
			['P', true],
			['P', true],
			['T', true],
			['R', false],
			['U', false],
		]);
	});

	test('finds variables nested in a default', () => {
		expect(names('${A:-${B}}')).toEqual(['A', 'B']);
	});

	test('ignores single quotes, escapes and non-names', () => {
		expect(names(`'$A' "$B" \\$C $1 $$ $`)).toEqual(['B']);
		expect(names('"it\'s $D"')).toEqual(['D']);
	});

	test('honours a backtick escape character', () => {
		expect(names('`$A \\$B', '`')).toEqual(['B']);
	});

	test('skips comment lines inside a continued instruction', () => {
		expect(names('a=$A \\\n# $NOT\n  b=$B')).toEqual(['A', 'B']);
	});
});
