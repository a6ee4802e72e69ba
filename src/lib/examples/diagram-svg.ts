/** Options for toInlineSvg. */
export interface InlineSvgOptions {
	/** Id of the element holding the diagram's text alternative. */
	labelledBy: string;
	/** The size, in CSS pixels, the diagram's largest text is drawn at. */
	fontPx?: number;
}

/**
 * Replace the colours in one start tag with currentColor, so the diagram takes the text colour
 * of the page in either theme even before any CSS applies. Text and arrowheads (filled in
 * their stroke colour) are painted; the fill of a box becomes `none`, for CSS to tint.
 */
function repaint(tag: string, name: string): string {
	const fill = /\sfill="([^"]*)"/.exec(tag)?.[1];
	const stroke = /\sstroke="([^"]*)"/.exec(tag)?.[1];
	const solid = name === 'text' || (fill !== undefined && fill === stroke);
	return tag
		.replace(/\sstroke="(?!none")[^"]*"/, ' stroke="currentColor"')
		.replace(/\sfill="(?!none")[^"]*"/, solid ? ' fill="currentColor"' : ' fill="none"');
}

/**
 * Turn Graphviz's SVG output into an SVG fit to inline in a page: no XML prolog, comments or
 * `<title>` tooltips (they repeat node ids such as `stage0`), no ids (two diagrams on a page
 * would repeat `node1`), colours as currentColor and no fonts (so one SVG works in light and
 * dark themes, and CSS decides the rest), Courier labels pinned to their measured width, sized
 * in CSS pixels, and labelled for assistive technology.
 */
export function toInlineSvg(svg: string, options: InlineSvgOptions): string {
	const start = svg.indexOf('<svg');
	const end = svg.lastIndexOf('</svg>');
	if (start < 0 || end < start) throw new Error('Graphviz returned no <svg> element.');
	let out = pinLabelWidths(svg.slice(start, end + '</svg>'.length))
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<title>[\s\S]*?<\/title>/g, '')
		.replace(/\s(?:id|font-family|xmlns(?::\w+)?|xml:space)="[^"]*"/g, '')
		.replace(/<(\w+)\b[^>]*>/g, (tag, name: string) => repaint(tag, name))
		// Graphviz escapes every hyphen; HTML needs none of that.
		.replaceAll('&#45;', '-')
		.replace(/\s*\n\s*/g, ' ')
		.replace(/>\s+</g, '><')
		.replace(' transform="scale(1 1) rotate(0) ', ' transform="')
		// Whole units: drawn at most 1.3 pixels each, finer detail is invisible and costs bytes.
		.replace(
			/\s(d|points|x|y|transform|viewBox|font-size|textLength)="([^"]*)"/g,
			(_, name: string, value: string) => {
				return ` ${name}="${value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n))))}"`;
			}
		);
	const viewBox = /viewBox="([\d\s-]+)"/.exec(out)?.[1]?.trim().split(/\s+/).map(Number);
	if (viewBox?.length === 4) {
		const sizes = [...out.matchAll(/font-size="(\d+)"/g)].map((m) => Number(m[1]));
		const largest = Math.max(...sizes, 0);
		// Graphviz sizes in points; drawing one unit per pixel scaled to the font keeps text legible.
		const scale = largest > 0 ? (options.fontPx ?? 14) / largest : 1;
		const [, , width = 0, height = 0] = viewBox;
		out = out.replace(
			/<svg\b[^>]*?\swidth="[^"]*"\s+height="[^"]*"/,
			`<svg width="${Math.round(width * scale)}" height="${Math.round(height * scale)}"`
		);
	}
	return out.replace(
		'<svg ',
		`<svg role="img" aria-labelledby="${escapeAttribute(options.labelledBy)}" `
	);
}

/** Graphviz's advance for every character of Courier, in ems. */
const COURIER_ADVANCE = 0.6;

/**
 * Pin each Courier label to the width Graphviz gave it (`textLength`), so it fits its box in
 * whatever monospace font the reader's browser has: one a little wider than Courier is
 * squeezed to the measured width instead of spilling out of the shape.
 */
function pinLabelWidths(svg: string): string {
	return svg.replace(
		/<text\b([^>]*)>([^<]*)<\/text>/g,
		(whole, attributes: string, content: string) => {
			const size = Number(/\sfont-size="([\d.]+)"/.exec(attributes)?.[1]);
			if (!/\sfont-family="Courier\b/.test(attributes) || !(size > 0)) return whole;
			// An entity such as `&#45;` is one character.
			const characters = content.replace(/&(?:#\d+|#x[\da-f]+|\w+);/gi, '_').length;
			const width = Math.round(characters * COURIER_ADVANCE * size * 100) / 100;
			return `<text${attributes} textLength="${width}" lengthAdjust="spacingAndGlyphs">${content}</text>`;
		}
	);
}

function escapeAttribute(value: string): string {
	return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}
