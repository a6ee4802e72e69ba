import { expect, test } from 'vitest';
import { contrastRatio, ensureContrast, parseHex, toHex } from '../../../src/lib/contrast';

test('reads short and long hex colours and leaves colours with alpha alone', () => {
	expect(parseHex('#fff')).toEqual([255, 255, 255]);
	expect(parseHex('#0366d6')).toEqual([3, 102, 214]);
	expect(parseHex('#1b1f234d')).toBeUndefined();
	expect(toHex([3, 102, 214])).toBe('#0366d6');
});

test('computes WCAG contrast ratios', () => {
	expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
	expect(contrastRatio(parseHex('#6a737d')!, parseHex('#ffffff')!)).toBeCloseTo(4.82, 2);
});

test('keeps a colour that already passes and darkens one that does not on a light background', () => {
	expect(ensureContrast('#24292e', ['#ffffff'])).toBe('#24292e');
	const fixed = ensureContrast('#e36209', ['#ffffff', '#e7effa']);
	expect(fixed).not.toBe('#e36209');
	for (const bg of ['#ffffff', '#e7effa'])
		expect(contrastRatio(parseHex(fixed)!, parseHex(bg)!)).toBeGreaterThanOrEqual(4.5);
});

test('lightens a colour that is too dark on a dark background', () => {
	const fixed = ensureContrast('#484f58', ['#0d1117', '#182434']);
	expect(contrastRatio(parseHex(fixed)!, parseHex('#182434')!)).toBeGreaterThanOrEqual(4.5);
	expect(parseHex(fixed)![0]).toBeGreaterThan(0x48);
});
