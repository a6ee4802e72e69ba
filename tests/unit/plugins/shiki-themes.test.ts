import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { contrastRatio, parseHex } from '../../../src/lib/contrast';
import { themeColourVariables } from '../code-theme';

const TOKENS = readFileSync('src/styles/tokens.css', 'utf8');

/** The light and dark colour of a custom property of tokens.css, following one var() reference. */
function lightDark(name: string): [string, string] {
	const value = new RegExp(`${name}:\\s*([^;]+);`).exec(TOKENS)?.[1]?.trim();
	expect(value, `${name} in tokens.css`).toBeDefined();
	const reference = /^var\((--[\w-]+)\)$/.exec(value!);
	if (reference) return lightDark(reference[1]!);
	const pair = /^light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)$/i.exec(value!);
	expect(pair, `${name}: ${value}`).not.toBeNull();
	return [pair![1]!, pair![2]!];
}

test('the code theme paints only with variables that tokens.css defines', () => {
	const names = themeColourVariables();
	expect(names).toContain('--dn-code-token-keyword');
	expect(names.length).toBeGreaterThan(8);
	for (const name of names) lightDark(name);
});

test('every code colour in tokens.css meets WCAG AA on plain and highlighted lines, in both themes', () => {
	const plain = lightDark('--dn-code-background');
	const highlighted = lightDark('--dn-color-line-highlight');
	for (const name of themeColourVariables()) {
		const colours = lightDark(name);
		for (const [mode, i] of [
			['light', 0],
			['dark', 1],
		] as const) {
			for (const background of [plain[i], highlighted[i]]) {
				const ratio = contrastRatio(parseHex(colours[i])!, parseHex(background)!);
				expect(ratio, `${mode} ${name} ${colours[i]} on ${background}`).toBeGreaterThanOrEqual(4.5);
			}
		}
	}
});

test('a colour below AA would be caught: the check is not vacuous', () => {
	expect(contrastRatio(parseHex('#8b949e')!, parseHex('#f6f8fa')!)).toBeLessThan(4.5);
});
