import type { Element } from 'hast';
import { find, svg as svgSchema } from 'property-information';
import type { SvgElement } from './diagram-svg.ts';

/**
 * The drawn SVG as hast, for the build to put straight into the page's tree: properties named
 * as hast names them (`viewBox`, `strokeDashArray`, `className` as a list), so the HTML
 * serializer writes the attributes back exactly, without parsing markup. A value that may be
 * comma- or space-separated (`stroke-dasharray`) stays a string, written as it is.
 */
export function svgToHast(node: SvgElement): Element {
	const properties: Element['properties'] = {};
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
		children: node.children.map((child) =>
			typeof child === 'string' ? { type: 'text', value: child } : svgToHast(child)
		),
	};
}
