import type { RootContent } from 'hast';
import type { ShikiTransformer } from 'shiki';
import { codeStyleClasses } from '../lib/code-classes.ts';

/**
 * Every style attribute of a highlighted block becomes a class (src/lib/code-classes.ts): the
 * token colours, font styles and the <pre>'s own colours. Listed last, its root hook runs after
 * every other transformer's, so it sees the block as it will be written.
 */
export function transformerStyleClasses(): ShikiTransformer {
	return {
		name: 'dn:style-classes',
		root(root) {
			const walk = (nodes: RootContent[]) => {
				for (const node of nodes) {
					if (node.type !== 'element') continue;
					const { style } = node.properties;
					if (style !== undefined) {
						delete node.properties.style;
						const on = node.tagName === 'pre' ? 'pre' : 'token';
						const classes = codeStyleClasses(String(style), on);
						// The cached list itself: addClassToHast only reads it.
						if (classes.length > 0) this.addClassToHast(node, classes as string[]);
					}
					walk(node.children);
				}
			};
			walk(root.children);
		},
	};
}
