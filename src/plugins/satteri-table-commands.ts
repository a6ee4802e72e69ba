import type { HastPluginDefinition } from 'satteri';
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
			filter: ['code'],
			visit(node, ctx) {
				let up = ctx.parent(node);
				while (up && up.type === 'element' && up.tagName !== 'td' && up.tagName !== 'th')
					up = ctx.parent(up);
				if (!up || up.type !== 'element') return;
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
			},
		},
	});
}
