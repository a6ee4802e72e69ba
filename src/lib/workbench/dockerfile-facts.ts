import {
	Arg,
	DockerfileParser,
	Env,
	type Instruction,
	ModifiableInstruction,
} from 'dockerfile-ast';
import { getLayout } from '../dockerfile/layout.ts';
import { getStageGraph } from '../dockerfile/stages.ts';

/** One instruction of a Dockerfile, as plain data. */
export interface StepFact {
	keyword: string;
	/** 1-based first and last line (continuations and heredocs included). */
	line: number;
	endLine: number;
	/** The instruction's first line as written, for lists. */
	text: string;
	/** The arguments after the keyword and flags, joined by spaces (`. /app`). */
	args: string[];
	/** `--name=value` flags, e.g. `from`, `mount`, `chown`. */
	flags: { name: string; value: string }[];
	/** True for the JSON (exec) form: `CMD ["node", "server.js"]`. */
	execForm: boolean;
	/** Names of the variables the instruction reads (`$NAME`, `${NAME}`). */
	variables: string[];
	/** Names an ARG or ENV declares. */
	declares: string[];
}

/** One build stage. */
export interface StageFact {
	index: number;
	name?: string;
	/** The base image or stage as written after FROM. */
	base: string;
	/** Index of the earlier stage `base` names, if it names one. */
	baseStage?: number;
	from: StepFact;
	steps: StepFact[];
	/** Indices of earlier stages this one copies or mounts files from. */
	uses: number[];
}

/** A parsed Dockerfile as the workbench's exercises and rebuild model read it. */
export interface DockerfileFacts {
	/** ARGs before the first FROM. */
	globalArgs: StepFact[];
	stages: StageFact[];
}

function stepFact(instruction: Instruction, lines: readonly string[]): StepFact {
	const { start, end } = instruction.getRange();
	const flags =
		instruction instanceof ModifiableInstruction
			? instruction
					.getFlags()
					.map((flag) => ({ name: flag.getName(), value: flag.getValue() ?? '' }))
			: [];
	const content = instruction.getArgumentsContent() ?? '';
	const declares =
		instruction instanceof Arg || instruction instanceof Env
			? instruction.getProperties().map((p) => p.getName())
			: [];
	return {
		keyword: instruction.getKeyword(),
		line: start.line + 1,
		endLine: end.line + 1,
		text: (lines[start.line] ?? '').trim(),
		args: instruction.getArguments().map((a) => a.getValue()),
		flags,
		execForm: /^\s*\[/.test(content.replace(/^(?:--\S+\s+)+/, '')),
		variables: instruction.getVariables().map((v) => v.getName()),
		declares,
	};
}

/** Read a Dockerfile into stages and steps, with which stage feeds which. */
export function getDockerfileFacts(source: string): DockerfileFacts {
	const lines = source.split('\n');
	const layout = getLayout(DockerfileParser.parse(source));
	const graph = getStageGraph(source);
	const byLabel = new Map<string, number>();
	for (const stage of layout.stages) {
		byLabel.set(String(stage.index), stage.index);
		if (stage.name) byLabel.set(stage.name.toLowerCase(), stage.index);
	}
	return {
		globalArgs: layout.globalArgs.map((arg) => stepFact(arg, lines)),
		stages: layout.stages.map((stage) => {
			const uses = graph.edges
				.filter((e) => e.to === stage.index && e.kind !== 'FROM' && !e.external)
				.map((e) => byLabel.get(e.from.toLowerCase()))
				.filter((i): i is number => i !== undefined);
			return {
				index: stage.index,
				...(stage.name ? { name: stage.name } : {}),
				base: stage.base,
				...(stage.baseStage !== undefined ? { baseStage: stage.baseStage } : {}),
				from: stepFact(stage.from, lines),
				steps: stage.instructions.map((i) => stepFact(i, lines)),
				uses: [...new Set(uses)],
			};
		}),
	};
}

/** The stage `docker build` produces by default: the last one. */
export function finalStage(facts: DockerfileFacts): StageFact | undefined {
	return facts.stages.at(-1);
}

/** A flag's value, e.g. `flag(step, 'from')`. */
export function flag(step: StepFact, name: string): string | undefined {
	return step.flags.find((f) => f.name === name)?.value;
}
