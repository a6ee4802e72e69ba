/** The part of a highlighter token this module needs: its text and its absolute offset. */
export interface TokenLike {
	content: string;
	offset: number;
}

/**
 * Split one line's tokens at the given columns (0-based, within the line), copying each token's
 * colours to its pieces, so that a range such as an instruction keyword is a token of its own.
 */
export function splitTokensAt<T extends TokenLike>(
	tokens: readonly T[],
	columns: readonly number[]
): T[] {
	const cuts = [...new Set(columns)].sort((a, b) => a - b);
	const out: T[] = [];
	let start = 0;
	for (const token of tokens) {
		const end = start + token.content.length;
		let from = start;
		for (const cut of cuts) {
			if (cut <= from || cut >= end) continue;
			out.push(piece(token, from - start, cut - start));
			from = cut;
		}
		out.push(from === start ? token : piece(token, from - start, end - start));
		start = end;
	}
	return out;
}

function piece<T extends TokenLike>(token: T, from: number, to: number): T {
	return { ...token, content: token.content.slice(from, to), offset: token.offset + from };
}
