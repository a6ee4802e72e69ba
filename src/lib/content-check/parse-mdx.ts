import { mdxToMdast } from 'satteri';
import type { FileDiagnostic } from './diagnostic.ts';
import type { MdNode } from './mdast.ts';

/** The parser features Astro turns on for MDX: GFM and smart punctuation (`smartypants`). */
export const ASTRO_MDX_FEATURES = { gfm: true, smartPunctuation: true } as const;

/** A hint for each kind of MDX syntax error a contributor is likely to meet. */
function syntaxFix(message: string): string {
	const closing = /Expected a closing tag for `<([\w.:-]+)>`/.exec(message);
	if (closing) {
		const tag = closing[1];
		return `Close it with \`</${tag}>\` (with a blank line before it when the content is Markdown), or put \`<${tag}>\` in inline code to show it as text`;
	}
	const stray = /Unexpected closing tag `<\/([\w.:-]+)>`/.exec(message);
	if (stray) return `Remove \`</${stray[1]}>\`, or add the \`<${stray[1]}>\` it closes`;
	if (/expression|brace/i.test(message)) {
		return 'In MDX `{` starts JavaScript: put text with braces in inline code (`` `{{.Names}}` ``) or write `\\{`';
	}
	if (/comment/i.test(message))
		return 'MDX has no HTML comments (`<!-- -->`): delete the comment, or write it as `{/* comment */}`';
	return 'In MDX `<` starts a tag and `{` starts JavaScript: put such text in inline code (`` `<container>` ``)';
}

/** Turn the MDX parser's error (`11:1: Expected a closing tag … (mdx-jsx:…)`) into a diagnostic. */
export function mdxSyntaxDiagnostic(error: unknown): FileDiagnostic {
	const text = error instanceof Error ? error.message : String(error);
	const match = /^(\d+):(\d+):\s*([\s\S]*?)(?:\s+\(\d+:\d+\))?(?:\s+\(([\w-]+:[\w-]+)\))?\s*$/.exec(
		text
	);
	const message = (match?.[3] ?? text).trim();
	return {
		line: Number(match?.[1] ?? 1),
		column: Number(match?.[2] ?? 1),
		rule: 'mdx-syntax',
		severity: 'error',
		message: `MDX cannot read this: ${message}`,
		fix: syntaxFix(message),
	};
}

/** Parse a note (never run it) into mdast, or report why the MDX parser refused it. */
export function parseMdx(text: string): { tree: MdNode } | { error: FileDiagnostic } {
	try {
		return { tree: mdxToMdast(text, { features: ASTRO_MDX_FEATURES }) as unknown as MdNode };
	} catch (error) {
		return { error: mdxSyntaxDiagnostic(error) };
	}
}
