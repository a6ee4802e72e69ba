import { find, svg as svgSchema } from 'property-information';
import type { SvgElement } from './diagram-svg.ts';

/** A hast element or text, the shape Shiki's and Sätteri's trees use. */
export type HastNode =
	| { type: 'text'; value: string }
	| {
			type: 'element';
			tagName: string;
			properties: Record<string, string | string[]>;
			children: HastNode[];
	  };

/**
 * The drawn SVG as hast, for the build to put straight into the page's tree: properties named
 * as hast names them (`viewBox`, `strokeDashArray`, `className` as a list), so the HTML
 * serializer writes the attributes back exactly, without parsing markup. A value that may be
 * comma- or space-separated (`stroke-dasharray`) stays a string, written as it is.
 */
export function svgToHast(node: SvgElement | string): HastNode {
	if (typeof node === 'string') return { type: 'text', value: node };
	const properties: Record<string, string | string[]> = {};
	for (const [name, value] of node.attributes) {
		const info = find(svgSchema, name);
		properties[info.property] = info.spaceSeparated
			? value.split(/\s+/).filter(Boolean)
			: info.commaSeparated
				? value.split(',').map((part) => part.trim())
				: value;
	}
	return {
		type: 'element',
		tagName: node.tag,
		properties,
		children: node.children.map(svgToHast),
	};
}
