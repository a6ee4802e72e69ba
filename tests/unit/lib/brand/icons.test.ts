import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { appIconSvg, faviconSvg, iconSpecs, socialCardSvg } from '../../../../src/lib/brand/icons';

/** Width and height from a PNG's IHDR chunk, which always follows the 8-byte signature. */
function pngSize(file: string) {
	const png = readFileSync(file);
	expect(png.subarray(1, 4).toString('latin1'), `${file} is not a PNG`).toBe('PNG');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test('the committed favicon is the one the code draws (run `node scripts/make-icons.ts`)', () => {
	expect(readFileSync('public/favicon.svg', 'utf8')).toBe(faviconSvg());
});

test('every committed PNG has the size its spec names', () => {
	for (const spec of iconSpecs('Docker Notes', 'tagline')) {
		expect(pngSize(`public/${spec.file}`), spec.file).toEqual({
			width: spec.width,
			height: spec.height,
		});
	}
});

test('the favicon follows a dark system theme', () => {
	expect(faviconSvg()).toContain('@media (prefers-color-scheme:dark)');
});

test('a maskable icon keeps the mark in the central safe zone and has square corners', () => {
	const svg = appIconSvg(512, true);
	expect(svg).toContain('rx="0"');
	const [, x, scale] = /translate\(([\d.]+) [\d.]+\) scale\(([\d.]+)\)/.exec(svg)!;
	// The mark spans 24 units; the safe zone is the central 80 % circle, so 60 % is within it.
	expect(Number(x)).toBeGreaterThanOrEqual(512 * 0.2);
	expect(24 * Number(scale)).toBeLessThanOrEqual(512 * 0.6 + 0.001);
});

test('the social card escapes its text', () => {
	expect(socialCardSvg('A & B', '<tag>')).toContain('A &amp; B');
	expect(socialCardSvg('A & B', '<tag>')).toContain('&lt;tag&gt;');
});
