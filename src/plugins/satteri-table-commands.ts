import type { Element } from 'hast';
import type { HastNode, HastPluginDefinition } from 'satteri';
import { commandWords } from '../lib/command-words.ts';

/**
 * In a table cell, put each word of inline code in a `dn-word` span that CSS keeps whole, so a
 * command wraps only at its spaces. Browsers otherwise break after a hyphen (`ls --` / `digests`),
 * and no CSS property limits breaks to spaces. A word longer than the column makes the table
 * scroll, as its region already allows (satteri-scrollable-tables.ts).
 */
export function satteriTableCommands() {
	return (): HastPluginDefinition => ({
		name: 'dn:table-commands',
		element: {
			// The cells, not every `code` of the note: only a table's are rewritten, and finding a
			// code's cell would build the JavaScript tree of every paragraph around inline code.
			filter: ['td', 'th'],
			visit(cell, ctx) {
				for (const node of codeIn(cell.children)) {
					const words = commandWords(ctx.textContent(node));
					ctx.replaceNode(node, {
						type: 'element',
						tagName: 'code',
						properties: node.properties ?? {},
						children: words.map((w) =>
							w.space
								? { type: 'text', value: w.text }
								: {
										type: 'element',
										tagName: 'span',
										properties: { className: ['dn-word'] },
										children: [{ type: 'text', value: w.text }],
									}
						),
					});
				}
			},
		},
	});
}

/** The `code` elements among these nodes and their descendants (a cell's, so few and shallow). */
function* codeIn(nodes: readonly HastNode[]): Generator<Element> {
	for (const node of nodes) {
		if (node.type !== 'element') continue;
		if (node.tagName === 'code') yield node;
		else yield* codeIn(node.children);
	}
}
