import type { FileDiagnostic } from './diagnostic.ts';
import { type MdNode, walk } from './mdast.ts';

/** A command-line flag written in prose: `--` right before a letter, not part of a longer dash run. */
const FLAG = /(?<![-\w])--([a-z][\w-]*)/gi;

/**
 * Warn about `--flag` in prose. Astro's smart punctuation turns `--` into an en dash, so
 * `--target` reads as “–target” on the page (and drops out of the heading's id). In inline
 * code it stays as written.
 */
export function checkProseDashes(tree: MdNode, source: string): FileDiagnostic[] {
	const found: FileDiagnostic[] = [];
	walk(tree, (node) => {
		const start = node.position?.start;
		const end = (node.position as { end?: { offset?: number } } | undefined)?.end?.offset;
		if (node.type !== 'text' || start?.offset === undefined || end === undefined) return;
		const written = source.slice(start.offset, end);
		for (const match of written.matchAll(FLAG)) {
			const before = written.slice(0, match.index);
			const lines = before.split('\n');
			const line = start.line + lines.length - 1;
			const column =
				lines.length > 1 ? (lines.at(-1)?.length ?? 0) + 1 : start.column + before.length;
			found.push({
				line,
				column,
				rule: 'prose-dashes',
				severity: 'warning',
				message: `\`${match[0]}\` is shown as “–${match[1]}”: the site turns \`--\` in prose into a dash`,
				fix: `Put the flag in inline code: \`\` \`${match[0]}\` \`\``,
			});
		}
	});
	return found;
}
