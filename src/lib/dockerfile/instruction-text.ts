import { Copy, Run, type Heredoc, type Instruction } from 'dockerfile-ast';
import type { ParserRange, SourceText } from './source-text.ts';

/** The heredocs of a RUN or COPY (the parser exposes them on those two only). */
export function getHeredocs(instruction: Instruction): Heredoc[] {
	return instruction instanceof Run || instruction instanceof Copy ? instruction.getHeredocs() : [];
}

/**
 * The part of an instruction after its keyword, stopping where the first heredoc body starts:
 * Docker never expands or parses heredoc bodies as instruction arguments.
 */
export function getHeaderRange(instruction: Instruction): ParserRange {
	const start = instruction.getInstructionRange().end;
	let end = instruction.getRange().end;
	for (const heredoc of getHeredocs(instruction)) {
		const body = heredoc.getContentRange() ?? heredoc.getDelimiterRange();
		if (body && body.start.line <= end.line) end = { line: body.start.line, character: 0 };
	}
	return { start, end };
}

/** The header text of an instruction (see getHeaderRange). */
export function getHeaderText(instruction: Instruction, text: SourceText): string {
	const { start, end } = getHeaderRange(instruction);
	return text.slice(start, end);
}

/**
 * The argument text after any `--flags`, with line continuations and comment lines removed, so
 * `CMD ["a", \` + newline + `"b"]` reads as one JSON array.
 */
export function getCommandText(
	instruction: Instruction,
	text: SourceText,
	escapeChar: string
): string {
	const first = instruction.getArguments()[0];
	if (!first) return '';
	const raw = text.slice(first.getRange().start, getHeaderRange(instruction).end);
	const escaped = escapeChar.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
	return raw
		.split('\n')
		.filter((line, index) => index === 0 || !/^\s*#/.test(line))
		.join('\n')
		.replace(new RegExp(`${escaped}[ \\t]*\\r?\\n`, 'g'), ' ')
		.trim();
}
