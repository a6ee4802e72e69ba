/** A 0-based line/character position, as the Dockerfile parser reports it. */
export interface ParserPosition {
	line: number;
	character: number;
}

/** A span between two parser positions. */
export interface ParserRange {
	start: ParserPosition;
	end: ParserPosition;
}

/** Offset and slice helpers over one Dockerfile's text. */
export interface SourceText {
	/** The whole text. */
	readonly value: string;
	/** The absolute offset of a parser position. */
	offsetAt(position: ParserPosition): number;
	/** The parser position of an absolute offset. */
	positionAt(offset: number): ParserPosition;
	/** The text between two parser positions. */
	slice(start: ParserPosition, end: ParserPosition): string;
}

/** Index a Dockerfile's lines so parser positions and offsets convert both ways. */
export function createSourceText(value: string): SourceText {
	const lineStarts = [0];
	for (let i = 0; i < value.length; i++) {
		if (value[i] === '\n') lineStarts.push(i + 1);
	}
	const offsetAt = ({ line, character }: ParserPosition): number => {
		const start = lineStarts[Math.min(Math.max(line, 0), lineStarts.length - 1)] ?? 0;
		return Math.min(start + character, value.length);
	};
	const positionAt = (offset: number): ParserPosition => {
		let line = 0;
		while (line + 1 < lineStarts.length && (lineStarts[line + 1] ?? Infinity) <= offset) line++;
		return { line, character: offset - (lineStarts[line] ?? 0) };
	};
	return {
		value,
		offsetAt,
		positionAt,
		slice: (start, end) => value.slice(offsetAt(start), offsetAt(end)),
	};
}
