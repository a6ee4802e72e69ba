/**
 * The site's icons and social card, drawn in code so that every size comes from one source.
 * `scripts/make-icons.ts` renders them to PNG with Chromium; the results are committed in public/.
 */

/** The header's mark (containers stacked on a whale's back), on a 24-unit grid. */
export const LOGO_PATH =
	'M3 10h3v3H3zm4 0h3v3H7zm4 0h3v3h-3zm-4-4h3v3H7zm4 0h3v3h-3zm0-4h3v3h-3zm4 8h3v3h-3zM2 14h20c0 4-3.5 7-9 7s-9-2.5-11-7z';

/** Brand colours: the light theme's accent and the dark theme's background. */
export const BRAND = {
	accent: '#0b5cad',
	accentDark: '#7cb8ff',
	ink: '#0f1419',
	paper: '#ffffff',
} as const;

/** One PNG the site ships: where it goes in public/, its size, and the SVG it is drawn from. */
export interface IconSpec {
	file: string;
	width: number;
	height: number;
	svg: string;
}

/** The favicon: a rounded tile that follows the system's colour scheme. */
export function faviconSvg(): string {
	return [
		'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">',
		`<style>rect{fill:${BRAND.accent}}path{fill:${BRAND.paper}}`,
		`@media (prefers-color-scheme:dark){rect{fill:${BRAND.accentDark}}path{fill:${BRAND.ink}}}</style>`,
		'<rect width="32" height="32" rx="7"/>',
		`<path transform="translate(4 4)" d="${LOGO_PATH}"/>`,
		'</svg>',
		'',
	].join('\n');
}

/**
 * A square app icon. `safeZone` shrinks the mark into the central 60 % a maskable icon must
 * keep visible, and drops the rounded corners because the platform applies its own mask.
 */
export function appIconSvg(size: number, safeZone = false): string {
	const scale = (safeZone ? 0.6 : 0.8) * (size / 24);
	const offset = (size - 24 * scale) / 2;
	const radius = safeZone ? 0 : Math.round(size * 0.2);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">`,
		`<rect width="${size}" height="${size}" rx="${radius}" fill="${BRAND.accent}"/>`,
		`<path transform="translate(${offset} ${offset}) scale(${scale})" fill="${BRAND.paper}" d="${LOGO_PATH}"/>`,
		'</svg>',
	].join('');
}

function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** The default social card (1200 × 630, the size Open Graph and X show without cropping). */
export function socialCardSvg(title: string, tagline: string): string {
	const font = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";
	return [
		'<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">',
		`<rect width="1200" height="630" fill="${BRAND.ink}"/>`,
		`<rect x="0" y="590" width="1200" height="40" fill="${BRAND.accent}"/>`,
		`<path transform="translate(84 120) scale(8)" fill="${BRAND.accentDark}" d="${LOGO_PATH}"/>`,
		`<text x="320" y="270" font-family="${font}" font-size="104" font-weight="700" fill="${BRAND.paper}">${escapeXml(title)}</text>`,
		`<text x="100" y="390" font-family="${font}" font-size="40" fill="#c9d1d9">${escapeXml(tagline)}</text>`,
		'</svg>',
	].join('');
}

/** Every PNG in public/ that the icons script renders, with its size. */
export function iconSpecs(title: string, tagline: string): IconSpec[] {
	return [
		{ file: 'favicon-32.png', width: 32, height: 32, svg: appIconSvg(32) },
		{ file: 'apple-touch-icon.png', width: 180, height: 180, svg: appIconSvg(180, true) },
		{ file: 'icon-192.png', width: 192, height: 192, svg: appIconSvg(192) },
		{ file: 'icon-512.png', width: 512, height: 512, svg: appIconSvg(512) },
		{ file: 'icon-maskable-512.png', width: 512, height: 512, svg: appIconSvg(512, true) },
		{ file: 'social.png', width: 1200, height: 630, svg: socialCardSvg(title, tagline) },
	];
}
