import { Arg, From, type Dockerfile, type Instruction } from 'dockerfile-ast';

/** One build stage: its FROM and the instructions that follow it. */
export interface StageBlock {
	/** 0-based position among the FROMs. */
	index: number;
	from: From;
	/** The name after `AS`, as written. */
	name?: string;
	/** The base image as written, e.g. `node:${NODE_VERSION}-alpine`. */
	base: string;
	/** Index of the earlier stage this one builds on, when `base` names one. */
	baseStage?: number;
	/** Instructions after the FROM, up to the next FROM. */
	instructions: Instruction[];
}

/** A Dockerfile cut into its global part and its stages. */
export interface DockerfileLayout {
	/** ARGs before the first FROM: they are visible to FROM lines only. */
	globalArgs: Arg[];
	/** Other instructions before the first FROM (only valid in fragments). */
	preamble: Instruction[];
	stages: StageBlock[];
}

/** Split parsed instructions into global ARGs, a preamble and build stages. */
export function getLayout(dockerfile: Dockerfile): DockerfileLayout {
	const layout: DockerfileLayout = { globalArgs: [], preamble: [], stages: [] };
	for (const instruction of dockerfile.getInstructions()) {
		const current = layout.stages.at(-1);
		if (instruction instanceof From) {
			layout.stages.push(createStage(instruction, layout.stages));
		} else if (current) {
			current.instructions.push(instruction);
		} else if (instruction instanceof Arg) {
			layout.globalArgs.push(instruction);
		} else {
			layout.preamble.push(instruction);
		}
	}
	return layout;
}

/** A run of instructions checked in one scope: the preamble (index -1), then each stage. */
export type InstructionBlock = Pick<StageBlock, 'index' | 'instructions' | 'baseStage'>;

/** The preamble as a pseudo-stage, followed by the real stages. */
export function getBlocks(layout: DockerfileLayout): InstructionBlock[] {
	return [{ index: -1, instructions: layout.preamble }, ...layout.stages];
}

/** Find an earlier stage by name; Docker compares stage names case-insensitively. */
export function findStage(
	stages: readonly StageBlock[],
	name: string,
	before = Infinity
): StageBlock | undefined {
	const wanted = name.toLowerCase();
	return stages.find((stage) => stage.index < before && stage.name?.toLowerCase() === wanted);
}

function createStage(from: From, earlier: readonly StageBlock[]): StageBlock {
	const base = from.getImage() ?? '';
	const stage: StageBlock = { index: earlier.length, from, base, instructions: [] };
	const name = from.getBuildStage();
	if (name) stage.name = name;
	const parent = findStage(earlier, base);
	if (parent) stage.baseStage = parent.index;
	return stage;
}
