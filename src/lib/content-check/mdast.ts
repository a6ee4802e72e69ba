/** A node of the mdast tree that Sätteri's `mdxToMdast` returns, typed only as far as we read it. */
export interface MdNode {
	type: string;
	position?: { start: { line: number; column: number; offset?: number } } | undefined;
	children?: MdNode[];
	value?: string | null;
	depth?: number;
	lang?: string | null;
	meta?: string | null;
	url?: string;
	alt?: string | null;
	identifier?: string;
	name?: string | null;
	attributes?: MdxAttribute[];
}

/** An attribute of an MDX JSX element: `name="value"`, `name={expr}` or `{...spread}`. */
export interface MdxAttribute {
	type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
	name?: string;
	value?: string | null | { type: string; value: string };
}

/** Call `visit` on every node, depth first, with the node's ancestors (nearest last). */
export function walk(
	root: MdNode,
	visit: (node: MdNode, ancestors: readonly MdNode[]) => void
): void {
	const ancestors: MdNode[] = [];
	const step = (node: MdNode) => {
		visit(node, ancestors);
		if (!node.children) return;
		ancestors.push(node);
		for (const child of node.children) step(child);
		ancestors.pop();
	};
	step(root);
}

/** The 1-based line and column where a node starts (1:1 when the parser gave no position). */
export function startOf(node: MdNode): { line: number; column: number } {
	return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}
