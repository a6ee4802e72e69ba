import {
	ARROW,
	CYLINDER_RY,
	type DiagramGraph,
	type DiagramLayout,
	layOutDiagram,
	type PlacedText,
	type Point,
	type Rect,
	tenth,
} from './diagram-layout.ts';

/** An SVG element as plain data: attribute names as written in SVG, in the order written. */
export interface SvgElement {
	tag: string;
	attributes: [name: string, value: string][];
	children: (SvgElement | string)[];
}

/** Options for drawDiagram. */
export interface DrawOptions {
	/** Id of the element holding the diagram's text alternative. */
	labelledBy: string;
}

const el = (
	tag: string,
	attributes: [string, string][],
	children: (SvgElement | string)[] = []
): SvgElement => ({ tag, attributes, children });

const num = (n: number) => String(tenth(n));
const DASHES = '5,2';

/** A rounded rectangle, the way Graphviz draws `style=rounded`. */
function roundedRect({ x, y, width: w, height: h }: Rect, r = 6): string {
	return (
		`M${num(x + r)},${num(y)}H${num(x + w - r)}A${r},${r} 0 0 1 ${num(x + w)},${num(y + r)}` +
		`V${num(y + h - r)}A${r},${r} 0 0 1 ${num(x + w - r)},${num(y + h)}H${num(x + r)}` +
		`A${r},${r} 0 0 1 ${num(x)},${num(y + h - r)}V${num(y + r)}A${r},${r} 0 0 1 ${num(x + r)},${num(y)}Z`
	);
}

/** A cylinder: the top ellipse whole, the sides and the front half of the bottom one. */
function cylinder({ x, y, width: w, height: h }: Rect): string {
	const rx = num(w / 2);
	const ry = CYLINDER_RY;
	return (
		`M${num(x)},${num(y + ry)}A${rx},${ry} 0 0 1 ${num(x + w)},${num(y + ry)}` +
		`A${rx},${ry} 0 0 1 ${num(x)},${num(y + ry)}V${num(y + h - ry)}` +
		`A${rx},${ry} 0 0 0 ${num(x + w)},${num(y + h - ry)}V${num(y + ry)}`
	);
}

/**
 * A label in the monospace font CSS gives the diagram, pinned to the width it was laid out
 * at (`textLength`): a font a little wider than 0.6 em a character is squeezed to fit its box.
 */
function label(text: PlacedText): SvgElement {
	return el(
		'text',
		[
			['text-anchor', text.anchor],
			['x', num(text.x)],
			['y', num(text.y)],
			['font-size', String(text.size)],
			['fill', 'currentColor'],
			['textLength', num(text.width)],
			['lengthAdjust', 'spacingAndGlyphs'],
		],
		[text.text]
	);
}

function arrowhead(tip: Point, from: Point): SvgElement {
	// Along the last segment, from `from` towards `tip`.
	const dx = tip[0] - from[0];
	const dy = tip[1] - from[1];
	const length = Math.hypot(dx, dy) || 1;
	const [ux, uy] = [dx / length, dy / length];
	const base: Point = [tip[0] - ux * ARROW.length, tip[1] - uy * ARROW.length];
	const corners: Point[] = [
		[base[0] - uy * ARROW.half, base[1] + ux * ARROW.half],
		tip,
		[base[0] + uy * ARROW.half, base[1] - ux * ARROW.half],
	];
	return el('polygon', [
		['fill', 'currentColor'],
		['stroke', 'currentColor'],
		['points', corners.map(([x, y]) => `${num(x)},${num(y)}`).join(' ')],
	]);
}

/**
 * The diagram as an SVG fit to inline in a page: no ids (two diagrams on a page would repeat
 * them), colours as currentColor and no fonts (so one SVG works in light and dark themes, and
 * CSS decides the rest; boxes are unfilled for CSS to tint), sized in CSS pixels with its
 * largest text at 14 px, and labelled for assistive technology by its text description.
 */
export function drawLayout(layout: DiagramLayout, options: DrawOptions): SvgElement {
	const clusters = layout.clusters.map((c) =>
		el(
			'g',
			[['class', ['cluster', ...c.cluster.classes].join(' ')]],
			[
				el('path', [
					['fill', 'none'],
					['stroke', 'currentColor'],
					['stroke-dasharray', DASHES],
					['d', roundedRect(c.box, 8)],
				]),
				label(c.label),
			]
		)
	);
	const edges = layout.edges.map((e) => {
		const { points } = e;
		const line = el('path', [
			['fill', 'none'],
			['stroke', 'currentColor'],
			...(e.edge.dashed ? [['stroke-dasharray', DASHES] as [string, string]] : []),
			['d', `M${points.map(([x, y]) => `${num(x)},${num(y)}`).join('L')}`],
		]);
		const parts = [line];
		if (e.arrow === 'end') parts.push(arrowhead(points.at(-1)!, points.at(-2)!));
		if (e.arrow === 'start') parts.push(arrowhead(points[0]!, points[1]!));
		if (e.label) parts.push(label(e.label));
		return el('g', [['class', ['edge', ...e.edge.classes].join(' ')]], parts);
	});
	const nodes = layout.nodes.map(({ node, box, texts }) =>
		el(
			'g',
			[['class', ['node', ...node.classes].join(' ')]],
			[
				el('path', [
					['fill', 'none'],
					['stroke', 'currentColor'],
					...(node.bold ? [['stroke-width', '2.5'] as [string, string]] : []),
					...(node.dashed ? [['stroke-dasharray', DASHES] as [string, string]] : []),
					['d', node.shape === 'cylinder' ? cylinder(box) : roundedRect(box)],
				]),
				...texts.map(label),
			]
		)
	);
	return el(
		'svg',
		[
			['role', 'img'],
			['aria-labelledby', options.labelledBy],
			['width', String(layout.width)],
			['height', String(layout.height)],
			['viewBox', `0 0 ${layout.width} ${layout.height}`],
		],
		[el('g', [['class', 'graph']], [...clusters, ...edges, ...nodes])]
	);
}

/** Lay out and draw a graph. */
export function drawDiagram(graph: DiagramGraph, options: DrawOptions): SvgElement {
	return drawLayout(layOutDiagram(graph), options);
}

const escapeText = (value: string) =>
	value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttribute = (value: string) => escapeText(value).replaceAll('"', '&quot;');

/** The SVG as markup, for `innerHTML` (the workbench). */
export function svgToString(node: SvgElement | string): string {
	if (typeof node === 'string') return escapeText(node);
	const attributes = node.attributes.map(([n, v]) => ` ${n}="${escapeAttribute(v)}"`).join('');
	const inner = node.children.map(svgToString).join('');
	return inner === '' && node.tag !== 'text'
		? `<${node.tag}${attributes}/>`
		: `<${node.tag}${attributes}>${inner}</${node.tag}>`;
}
