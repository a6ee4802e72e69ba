import type { HastNode, HastPluginDefinition } from 'satteri';
import { tableLabel, uniqueNames } from '../lib/table-label.ts';

type Element = Extract<HastNode, { type: 'element' }>;

/** The elements of a table's header row (its first row), in order. */
function headerCells(table: Readonly<Element>): Element[] {
	const rows: Element[] = [];
	const collect = (node: Readonly<Element>) => {
		for (const child of node.children ?? []) {
			if (child.type !== 'element') continue;
			if (child.tagName === 'tr') rows.push(child);
			else if (child.tagName === 'thead' || child.tagName === 'tbody') collect(child);
		}
	};
	collect(table);
	return (rows[0]?.children ?? []).filter(
		(c): c is Element => c.type === 'element' && c.tagName === 'th'
	);
}

/**
 * Wrap every table of a note in a focusable, named region that scrolls sideways. On a phone
 * a wide table overflows; without focus, a keyboard user could not scroll it (WCAG 2.1.1,
 * axe's scrollable-region-focusable). The table itself keeps its table semantics. Each
 * region is named after the heading above it and its columns, uniquely on the page.
 */
export function satteriScrollableTables() {
	return (): HastPluginDefinition => {
		let heading: string | undefined;
		const unique = uniqueNames();
		return {
			name: 'dn:scrollable-tables',
			element: {
				filter: ['h2', 'h3', 'h4', 'table'],
				visit(node, ctx) {
					if (node.tagName !== 'table') {
						heading = ctx.textContent(node);
						return;
					}
					const label = unique(
						tableLabel(
							headerCells(node).map((cell) => ctx.textContent(cell)),
							heading
						)
					);
					ctx.wrapNode(node, {
						type: 'element',
						tagName: 'section',
						properties: { className: ['dn-table'], tabIndex: 0, ariaLabel: label },
						children: [],
					});
				},
			},
		};
	};
}
