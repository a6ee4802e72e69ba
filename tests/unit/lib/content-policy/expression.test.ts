import { expect, test } from 'vitest';
import { isEmptyExpression } from '../../../../src/lib/content-policy';

test('an expression of comments and whitespace is empty', () => {
	for (const text of [
		'',
		'  \n',
		'/* note to editors */',
		'// one line\n',
		'/* a */ /* b */\n// c\n',
	])
		expect(isEmptyExpression(text), text).toBe(true);
});

test('any token makes an expression code, however it hides among comment markers', () => {
	for (const text of [
		'1',
		'x',
		'/* a */ process.exit(1)',
		'// /*\nprocess.exit(1)\n// */\n',
		'/* // */ x',
		'"/* not a comment */"',
		'`${x}`',
	]) {
		expect(isEmptyExpression(text), text).toBe(false);
	}
});

test('HTML-like comments are code in a module, as in the compiled note, and an unclosed comment is not empty', () => {
	expect(isEmptyExpression('<!-- x -->')).toBe(false);
	expect(isEmptyExpression('--> x')).toBe(false);
	expect(isEmptyExpression('/* never closed')).toBe(false);
	expect(isEmptyExpression('#!/usr/bin/env node')).toBe(false);
});
