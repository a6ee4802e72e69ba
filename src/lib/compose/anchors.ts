import { type Document, isAlias, isNode, isPair, isScalar, type LineCounter, visit } from 'yaml';
import type { Diagnostic } from '../diagnostic.ts';
import { didYouMean } from '../did-you-mean.ts';

interface Anchored {
	name: string;
	start: number;
	end: number;
}

/**
 * Aliases that cannot be read: `*name` (or `<<: *name`) with no `&name` above it, and an alias
 * inside the very anchor it names, whose value would contain itself without end. Reported at
 * the alias, by name, before the data is built (yaml would throw, or build a loop).
 */
export function checkAnchors(doc: Document.Parsed, lines: LineCounter): Diagnostic[] {
	const anchors: Anchored[] = [];
	visit(doc, (_, node) => {
		if (isNode(node) && !isAlias(node) && node.anchor && node.range) {
			anchors.push({ name: node.anchor, start: node.range[0], end: node.range[1] });
		}
	});
	const found: Diagnostic[] = [];
	visit(doc, {
		Alias(_, alias, path) {
			const at = alias.range?.[0] ?? 0;
			const { line, col } = lines.linePos(at);
			const parent = path.at(-1);
			// With merge keys on, yaml gives `<<` a symbol as its value.
			const key: unknown = isPair(parent) && isScalar(parent.key) ? parent.key.value : undefined;
			const merge = key === '<<' || typeof key === 'symbol';
			const written = merge ? `<<: *${alias.source}` : `*${alias.source}`;
			// YAML reads an alias as the latest anchor of that name written before it.
			const target = anchors.filter((a) => a.name === alias.source && a.start < at).at(-1);
			if (!target) {
				const names = [...new Set(anchors.filter((a) => a.start < at).map((a) => a.name))];
				found.push({
					line,
					column: col,
					rule: 'UndefinedAnchor',
					severity: 'error',
					message: `\`${written}\` ${merge ? 'merges' : 'refers to'} the anchor \`${alias.source}\`, but no \`&${alias.source}\` is defined above it${didYouMean(alias.source, names)}; an alias can only name an anchor written before it.`,
					fix:
						names.length > 0
							? `Use one of the anchors defined above (${names.map((n) => `\`&${n}\``).join(', ')}), or add \`&${alias.source}\` to the map you mean.`
							: `Add \`&${alias.source}\` to the map you want to reuse, above this line.`,
				});
			} else if (target.start <= at && at < target.end) {
				found.push({
					line,
					column: col,
					rule: 'RecursiveAnchor',
					severity: 'error',
					message: `\`${written}\` is inside the anchor \`&${alias.source}\` it names, so its value would contain itself without end.`,
					fix: `Move \`${written}\` out of the block anchored \`&${alias.source}\`, or name another anchor.`,
				});
			}
		},
	});
	return found;
}
