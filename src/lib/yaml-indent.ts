import type { Diagnostic } from './diagnostic.ts';

/** yaml's codes for a key indented under a scalar value: it reads the key as part of the value. */
const UNDER_A_VALUE = new Set(['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY']);

/** `  key: value` or `  - key: value`: the indent, the key and where the value starts. */
const KEY_LINE = /^(\s*)(?:-\s+)?([^\s#:][^#:]*?):(?:\s|$)/;

/**
 * A key indented further than the key above it (`image: nginx` then `  ports:`) makes yaml
 * fail at the end of the line above, on `nginx`. Return the error at the indented key instead,
 * naming both keys; undefined when the error is of another kind. `lineOffset` is added to the
 * lines reported, for YAML that starts further down a file (a note's frontmatter).
 */
export function overIndentedKey(
	source: string,
	errorLine: number,
	code: string,
	lineOffset = 0
): Diagnostic | undefined {
	if (!UNDER_A_VALUE.has(code)) return undefined;
	const lines = source.split(/\r?\n/);
	const above = KEY_LINE.exec(lines[errorLine - 1] ?? '');
	if (!above) return undefined;
	const aboveIndent = (lines[errorLine - 1] ?? '').indexOf(above[2] ?? '');
	for (let i = errorLine; i < lines.length; i++) {
		const text = lines[i] ?? '';
		if (/^\s*(?:#.*)?$/.test(text)) continue;
		const match = KEY_LINE.exec(text);
		const indent = text.length - text.trimStart().length;
		if (!match || indent <= aboveIndent) return undefined;
		const key = match[2] ?? '';
		const parent = above[2] ?? '';
		return {
			line: i + 1 + lineOffset,
			column: indent + 1,
			rule: 'YamlSyntax',
			severity: 'error',
			message: `This is not valid YAML: \`${key}:\` is indented more than \`${parent}:\` on line ${errorLine + lineOffset}, which already has a value, so YAML cannot tell what \`${key}\` belongs to.`,
			fix: `Indent \`${key}:\` by ${aboveIndent} spaces, like \`${parent}:\`, if it is a key of the same map.`,
		};
	}
	return undefined;
}
