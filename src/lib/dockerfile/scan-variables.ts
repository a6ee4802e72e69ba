/** One `$NAME` or `${NAME…}` reference found in instruction text. */
export interface VariableUse {
	name: string;
	/** Offset of the `$` within the scanned text. */
	index: number;
	/** `${NAME:-x}`, `${NAME-x}`, `${NAME:+x}` or `${NAME+x}`: the author handled "unset". */
	hasFallback: boolean;
}

const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const COMMENT_LINE = /[ \t]*#[^\n]*/y;

/**
 * Find the variables Docker would expand in a piece of instruction text, following BuildKit's
 * word lexer: nothing inside single quotes, nothing right after the escape character, and
 * `${NAME#pattern}`-style modifiers reduced to their NAME. Comment lines inside a continued
 * instruction are skipped, as the Dockerfile parser drops them.
 */
export function scanVariables(text: string, escapeChar = '\\'): VariableUse[] {
	const uses: VariableUse[] = [];
	let quote: "'" | '"' | null = null;
	for (let i = 0; i < text.length; i++) {
		COMMENT_LINE.lastIndex = i;
		if (text[i - 1] === '\n' && quote === null && COMMENT_LINE.test(text)) {
			i = COMMENT_LINE.lastIndex;
			continue;
		}
		const ch = text[i];
		if (quote === "'") {
			if (ch === "'") quote = null;
		} else if (ch === escapeChar) {
			i++;
		} else if (ch === '"') {
			quote = quote === '"' ? null : '"';
		} else if (ch === "'" && quote === null) {
			quote = "'";
		} else if (ch === '$') {
			const braced = text[i + 1] === '{';
			NAME.lastIndex = i + (braced ? 2 : 1);
			const match = NAME.exec(text);
			if (!match) continue;
			const after = text.slice(NAME.lastIndex, NAME.lastIndex + 2);
			uses.push({ name: match[0], index: i, hasFallback: braced && /^:?[-+]/.test(after) });
			i = NAME.lastIndex - 1;
		}
	}
	return uses;
}
