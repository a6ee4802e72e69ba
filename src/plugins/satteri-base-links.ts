import type { HastPluginDefinition } from 'satteri';
import { withBase } from '../lib/url.ts';

/** Attributes that hold a URL, per element the Markdown of a note can produce. */
const URL_ATTRIBUTES: Record<string, string> = { a: 'href', img: 'src' };

/**
 * Prefix the site-absolute links of a note (`/notes/compose/`) with the deploy base, so a
 * site published under a sub-path (`/docker-notes/` on GitHub Pages) keeps working links.
 * Notes keep writing `/notes/…`: with the base `/` nothing changes.
 */
export function satteriBaseLinks(base: string) {
	return (): HastPluginDefinition => ({
		name: 'dn:base-links',
		element: {
			filter: Object.keys(URL_ATTRIBUTES),
			visit(node, ctx) {
				const attribute = URL_ATTRIBUTES[node.tagName];
				const value = attribute ? node.properties?.[attribute] : undefined;
				if (!attribute || typeof value !== 'string') return;
				const prefixed = withBase(value, base);
				if (prefixed !== value) ctx.setProperty(node, attribute, prefixed);
			},
		},
	});
}
