import { Copy, Run, type Instruction } from 'dockerfile-ast';
import type { Diagnostic } from '../diagnostic.ts';
import { closest } from '../did-you-mean.ts';
import { report, type CheckContext } from './context.ts';
import type { ParserPosition } from './source-text.ts';
import { findStage, getBlocks, type StageBlock } from './layout.ts';

/** A `COPY --from=…` or `RUN --mount=…,from=…` value and where it sits. */
export interface StageReference {
	value: string;
	at: ParserPosition;
	kind: 'COPY --from' | 'RUN --mount';
}

/** Where an instruction points at another stage or image. */
export function getStageReferences(instruction: Instruction): StageReference[] {
	const references: StageReference[] = [];
	if (instruction instanceof Copy) {
		for (const flag of instruction.getFlags()) {
			const value = flag.getValue();
			if (flag.getName() !== 'from' || !value) continue;
			const at = (flag.getValueRange() ?? flag.getRange()).start;
			references.push({ value, at, kind: 'COPY --from' });
		}
	} else if (instruction instanceof Run) {
		for (const flag of instruction.getFlags()) {
			const from = flag.getName() === 'mount' ? flag.getOption('from') : null;
			const value = from?.getValue();
			if (!from || !value) continue;
			references.push({
				value,
				at: (from.getValueRange() ?? from.getRange()).start,
				kind: 'RUN --mount',
			});
		}
	}
	return references;
}

/** Anything with `/ : . @ $` is taken as an image reference (or a variable), never a stage. */
export function looksLikeImage(value: string): boolean {
	return /[/:.@$]/.test(value);
}

/** Resolve a reference to a stage above `before`, by name or by number. */
export function resolveStage(
	stages: readonly StageBlock[],
	value: string,
	before: number
): StageBlock | undefined {
	if (/^\d+$/.test(value)) {
		const index = Number(value);
		return index < before ? stages[index] : undefined;
	}
	return findStage(stages, value, before);
}

/**
 * Docker treats an unknown `--from` name as an image to pull, so a typo such as `bulid` fails
 * late with "pull access denied". In a note it is nearly always a typo, so we report it. A
 * fragment may rely on stages defined elsewhere, so there only references to a stage that is
 * defined *below* are reported.
 */
export function checkStageReferences(context: CheckContext): Diagnostic[] {
	const found: Diagnostic[] = [];
	const { stages } = context.layout;
	for (const block of getBlocks(context.layout)) {
		for (const instruction of block.instructions) {
			for (const { value, at, kind } of getStageReferences(instruction)) {
				if (looksLikeImage(value) || resolveStage(stages, value, block.index)) continue;
				const later = /^\d+$/.test(value) ? stages[Number(value)] : findStage(stages, value);
				if (!later && context.fragment) continue;
				found.push(
					report(
						'UnknownStageReference',
						'error',
						at,
						describe(value, kind, later, stages.slice(0, Math.max(block.index, 0))),
						fixFor(later)
					)
				);
			}
		}
	}
	return found;
}

function describe(
	value: string,
	kind: StageReference['kind'],
	later: StageBlock | undefined,
	above: readonly StageBlock[]
): string {
	if (later) {
		return `\`${kind}=${value}\` points at a stage that is not above this line; a stage can only use stages defined before it.`;
	}
	const hint = closest(
		value,
		above.flatMap((stage) => stage.name ?? []),
		2
	);
	return `\`${value}\` is not a stage defined above, so Docker would try to pull an image named \`${value}\`.${hint ? ` Did you mean \`${hint}\`?` : ''}`;
}

function fixFor(later: StageBlock | undefined): string {
	return later
		? 'Move the referenced stage above this one.'
		: 'Use the name given after `AS` in an earlier FROM, or a full image reference such as `alpine:3.22`.';
}
