import type { HastPluginDefinition } from 'satteri';
import Slugger from 'github-slugger';

/**
 * Give every h2–h4 of a note an id (the github-slugger ids Astro itself would give) and a
 * link to itself. The link has no text of its own: CSS draws the "#" and its accessible
 * name is the heading's, so the heading text stays clean for the TOC and the search index.
 */
export function satteriHeadingAnchors() {
	return (): HastPluginDefinition => {
		const slugger = new Slugger();
		return {
			name: 'dn:heading-anchors',
			element: {
				filter: ['h2', 'h3', 'h4'],
				visit(node, ctx) {
					const existing = node.properties?.id;
					const id = typeof existing === 'string' ? existing : slugger.slug(ctx.textContent(node));
					ctx.setProperty(node, 'id', id);
					ctx.appendChild(node, {
						type: 'element',
						tagName: 'a',
						properties: { className: ['dn-anchor'], href: `#${id}`, ariaLabelledBy: [id] },
						children: [],
					});
				},
			},
		};
	};
}
