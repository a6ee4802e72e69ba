/** A heading as Astro's renderer reports it. */
export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

/** One entry of the "On this page" table of contents, with its subheadings. */
export interface TocItem {
	slug: string;
	text: string;
	children: TocItem[];
}

/** Nest a flat list of headings into h2 entries with their h3 children; other depths are left out. */
export function buildToc(headings: readonly Heading[], minDepth = 2, maxDepth = 3): TocItem[] {
	const items: TocItem[] = [];
	for (const h of headings) {
		if (h.depth < minDepth || h.depth > maxDepth) continue;
		const item = { slug: h.slug, text: h.text, children: [] };
		const parent = items.at(-1);
		if (h.depth > minDepth && parent) parent.children.push(item);
		else items.push(item);
	}
	return items;
}
