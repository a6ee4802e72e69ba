/** An sRGB colour with channels from 0 to 255. */
type Rgb = [number, number, number];

/** Read `#rgb` or `#rrggbb` (a colour with alpha is not read: undefined). */
export function parseHex(hex: string): Rgb | undefined {
	const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
	if (!m) return undefined;
	const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
	return [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16)) as Rgb;
}

/** Write a colour as `#rrggbb`. */
export function toHex(rgb: Rgb): string {
	return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance. */
function luminance([r, g, b]: Rgb): number {
	const lin = (c: number) => {
		const s = c / 255;
		return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio between two colours (1 to 21). */
export function contrastRatio(a: Rgb, b: Rgb): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/**
 * Move `fg` towards black (on light backgrounds) or white (on dark ones) in small steps until
 * it reaches `ratio` against every background. Colours that already pass are returned as given.
 */
export function ensureContrast(fg: string, backgrounds: readonly string[], ratio = 4.5): string {
	const colour = parseHex(fg);
	const bgs = backgrounds.map(parseHex).filter((c): c is Rgb => c !== undefined);
	if (!colour || bgs.length === 0) return fg;
	const passes = (c: Rgb) => bgs.every((bg) => contrastRatio(c, bg) >= ratio);
	if (passes(colour)) return fg;
	const towards = luminance(bgs[0]!) > 0.5 ? 0 : 255;
	for (let step = 1; step <= 50; step++) {
		const t = step / 50;
		const mixed = colour.map((c) => c + (towards - c) * t) as Rgb;
		if (passes(mixed)) return toHex(mixed);
	}
	return toHex([towards, towards, towards]);
}
