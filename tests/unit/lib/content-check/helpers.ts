import type { MdNode } from '../../../../src/lib/content-check/mdast';
import { parseMdx } from '../../../../src/lib/content-check/parse-mdx';

/** Parse MDX for a test, failing loudly if the text is not valid MDX. */
export function tree(text: string): MdNode {
	const parsed = parseMdx(text);
	if ('error' in parsed) throw new Error(`test MDX does not parse: ${parsed.error.message}`);
	return parsed.tree;
}
