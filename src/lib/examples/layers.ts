import { getInstructionPositions, type InstructionPosition } from '../dockerfile/instructions.ts';

/** What one line of a Dockerfile adds to the image. */
export interface LayerLine {
	/** `layer`: RUN, COPY and ADD add a filesystem layer; every other instruction sets metadata. */
	kind: 'layer' | 'metadata';
	/** True on the instruction's first line, where the gutter mark goes. */
	first: boolean;
	keyword: string;
}

/**
 * Classify each line of a Dockerfile by the instruction it belongs to, keyed by 1-based line.
 * Continuation lines and heredoc bodies belong to their instruction; comments and blank
 * lines between instructions are left out.
 */
export function classifyLayerLines(source: string): Map<number, LayerLine> {
	return classifyPositions(getInstructionPositions(source));
}

/** classifyLayerLines for instructions already located by getInstructionPositions. */
export function classifyPositions(
	positions: readonly InstructionPosition[]
): Map<number, LayerLine> {
	const lines = new Map<number, LayerLine>();
	for (const { line, endLine, keyword, createsLayer } of positions) {
		const kind = createsLayer ? 'layer' : 'metadata';
		for (let at = line; at <= endLine; at++) {
			lines.set(at + 1, { kind, first: at === line, keyword });
		}
	}
	return lines;
}

/** How many instructions a classification covers: a legend is only worth it for two or more. */
export function countInstructions(lines: ReadonlyMap<number, LayerLine>): number {
	let count = 0;
	for (const line of lines.values()) if (line.first) count++;
	return count;
}
