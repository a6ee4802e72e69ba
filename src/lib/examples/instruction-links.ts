import {
	getInstructionPositions,
	INSTRUCTIONS,
	type InstructionPosition,
} from '../dockerfile/instructions.ts';
import { noteHref } from '../url.ts';

/** The note whose `### FROM`, `### RUN` … sections explain each instruction. */
export const INSTRUCTION_NOTE = 'dockerfile';

/** An instruction keyword in a Dockerfile block, and where its link goes. */
export interface KeywordLink {
	/** 1-based line, as Shiki counts lines. */
	line: number;
	/** 0-based column of the keyword's first character. */
	column: number;
	/** Length of the keyword as written (it may be in lower case). */
	length: number;
	/** The keyword in capitals, e.g. `COPY`. */
	keyword: string;
	href: string;
	/** What the instruction does, shown on hover and read as the link's description. */
	title: string;
}

/** The section of the Dockerfile note that explains `keyword` (`/notes/dockerfile/#copy`). */
export function instructionHref(keyword: string, base = '/'): string {
	return `${noteHref(INSTRUCTION_NOTE, base)}#${keyword.toLowerCase()}`;
}

/** The hover text of an instruction's link: its summary, plus whether it adds a layer. */
export function instructionTitle(keyword: string): string {
	const info = INSTRUCTIONS[keyword.toUpperCase()];
	if (!info) return '';
	// RUN's summary already says so; COPY's and ADD's do not.
	if (info.createsLayer && !/\blayer\b/.test(info.summary)) return `${info.summary} Adds a layer.`;
	return info.summary;
}

/**
 * Every instruction keyword of a Dockerfile with its link. Positions come from the parser,
 * so a `FROM` inside a heredoc body or a continued RUN line is never linked.
 */
export function getKeywordLinks(source: string, base = '/'): KeywordLink[] {
	return keywordLinks(getInstructionPositions(source), base);
}

/** The keyword links of instructions already located by getInstructionPositions. */
export function keywordLinks(positions: readonly InstructionPosition[], base = '/'): KeywordLink[] {
	return positions.map(({ line, column, keyword }) => ({
		line: line + 1,
		column,
		length: keyword.length,
		keyword,
		href: instructionHref(keyword, base),
		title: instructionTitle(keyword),
	}));
}
