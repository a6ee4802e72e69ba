import Slugger from 'github-slugger';
import type { FileDiagnostic } from './diagnostic.ts';
import { type MdNode, startOf, walk } from './mdast.ts';

/** A heading of a note with the id it gets on the page. */
export interface NoteHeading {
	depth: number;
	text: string;
	id: string;
	line: number;
	column: number;
}

/** The text a heading renders to, as the HTML tree's text content: images and JSX tags add none. */
export function headingText(node: MdNode): string {
	if (node.type === 'image' || node.type === 'imageReference' || node.type === 'footnoteReference')
		return '';
	if (node.type === 'break') return '\n';
	if (typeof node.value === 'string' && !node.type.startsWith('mdx')) return node.value;
	return (node.children ?? []).map(headingText).join('');
}

/**
 * Every Markdown heading of a note with its page id, computed as the build does: the site's
 * anchor plugin slugs h2–h4 with one github-slugger, then Astro slugs the headings still
 * without an id (h1, h5, h6) with another. A repeated heading gets `-1`, `-2`.
 */
export function noteHeadings(tree: MdNode): NoteHeading[] {
	const anchors = new Slugger();
	const astro = new Slugger();
	const headings: NoteHeading[] = [];
	walk(tree, (node) => {
		if (node.type !== 'heading' || node.depth === undefined) return;
		const text = headingText(node);
		const slugger = node.depth >= 2 && node.depth <= 4 ? anchors : astro;
		headings.push({ depth: node.depth, text, id: slugger.slug(text), ...startOf(node) });
	});
	return headings;
}

/** Ids that JSX elements set themselves (`<span id="x">`), which links may also point at. */
export function elementIds(tree: MdNode): string[] {
	const ids: string[] = [];
	walk(tree, (node) => {
		for (const attribute of node.attributes ?? []) {
			if (attribute.name === 'id' && typeof attribute.value === 'string') ids.push(attribute.value);
		}
	});
	return ids;
}

/** The title is the page's h1: the body starts at `##` and never skips a level on the way down. */
export function checkHeadings(headings: readonly NoteHeading[]): FileDiagnostic[] {
	const found: FileDiagnostic[] = [];
	// The layout renders the title as the h1, so the body starts one level below it.
	let previous = 1;
	for (const h of headings) {
		const at = { line: h.line, column: h.column, severity: 'error' as const };
		if (h.depth === 1) {
			found.push({
				...at,
				rule: 'heading-h1',
				message: `\`# ${h.text}\` is a level-1 heading, but the note's title is already the page's only h1`,
				fix: `Make it \`## ${h.text}\`, or move the text into the \`title:\` field`,
			});
		} else if (h.depth > previous + 1) {
			const want = '#'.repeat(previous + 1);
			found.push({
				...at,
				rule: 'heading-skip',
				message: `\`${'#'.repeat(h.depth)} ${h.text}\` skips a level: it follows an h${previous}${previous === 1 ? ' (the title)' : ''}`,
				fix: `Make it \`${want} ${h.text}\`, so that readers and screen readers see the structure`,
			});
		}
		previous = Math.max(h.depth, 1);
	}
	return found;
}
