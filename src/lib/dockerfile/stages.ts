import { DockerfileParser, type Dockerfile } from 'dockerfile-ast';
import { getLayout, type StageBlock } from './layout.ts';
import { getStageReferences, looksLikeImage, resolveStage } from './stage-references.ts';

export { stageGraphToDiagram } from './stage-diagram.ts';

/** One build stage in a stage graph. */
export interface StageNode {
	/** 0-based position among the FROMs. */
	index: number;
	/** The name after `AS`, if any. */
	name?: string;
	/** The base image or stage as written after FROM. */
	base: string;
	/** 1-based line of the FROM. */
	line: number;
	/** Whether `base` names an earlier stage rather than an image. */
	baseIsStage: boolean;
}

/** How one stage uses another stage or an outside image. */
export interface StageEdge {
	/** A stage name, a stage index as a string, or an external image reference. */
	from: string;
	/** Index of the stage that uses it. */
	to: number;
	kind: 'FROM' | 'COPY --from' | 'RUN --mount';
	/** True when `from` is an image, not a stage of this Dockerfile. */
	external: boolean;
	/** 1-based line of the instruction. */
	line: number;
}

/** The stages of a multi-stage Dockerfile and how they feed each other. */
export interface StageGraph {
	stages: StageNode[];
	edges: StageEdge[];
	/** Index of the stage `docker build` produces by default (the last one); -1 if none. */
	finalIndex: number;
}

/** The label a stage is known by: its name, or its index. */
export function stageLabel(stage: Pick<StageNode, 'index' | 'name'>): string {
	return stage.name ?? String(stage.index);
}

/** Extract the stage graph of a Dockerfile, for diagrams and their text alternative. */
export function getStageGraph(source: string | Dockerfile): StageGraph {
	const { stages } = getLayout(
		typeof source === 'string' ? DockerfileParser.parse(source) : source
	);
	const graph: StageGraph = { stages: [], edges: [], finalIndex: stages.length - 1 };
	for (const stage of stages) {
		graph.stages.push(toNode(stage));
		const parent = stage.baseStage === undefined ? undefined : stages[stage.baseStage];
		if (parent) graph.edges.push(edge(stageLabel(parent), stage, 'FROM', false, stage.from));
		for (const instruction of stage.instructions) {
			for (const reference of getStageReferences(instruction)) {
				const used = looksLikeImage(reference.value)
					? undefined
					: resolveStage(stages, reference.value, stage.index);
				const from = used ? stageLabel(used) : reference.value;
				graph.edges.push(edge(from, stage, reference.kind, !used, instruction));
			}
		}
	}
	return graph;
}

function toNode(stage: StageBlock): StageNode {
	const node: StageNode = {
		index: stage.index,
		base: stage.base,
		line: stage.from.getRange().start.line + 1,
		baseIsStage: stage.baseStage !== undefined,
	};
	if (stage.name) node.name = stage.name;
	return node;
}

function edge(
	from: string,
	to: StageBlock,
	kind: StageEdge['kind'],
	external: boolean,
	at: { getRange(): { start: { line: number } } }
): StageEdge {
	return { from, to: to.index, kind, external, line: at.getRange().start.line + 1 };
}

/** A plain-English text alternative for a stage diagram. */
export function describeStageGraph(graph: StageGraph): string {
	const count = graph.stages.length;
	if (count === 0) return 'No build stages.';
	const parts = graph.stages.map((stage) => {
		const final = stage.index === graph.finalIndex ? 'final, ' : '';
		return `${spoken(stageLabel(stage))} (${final}from ${stage.base})`;
	});
	const sentences = [`${count} ${count === 1 ? 'stage' : 'stages'}: ${parts.join(', ')}.`];
	for (const stage of graph.stages) {
		for (const kind of ['COPY --from', 'RUN --mount'] as const) {
			const sources = graph.edges
				.filter((e) => e.to === stage.index && e.kind === kind)
				.map((e) => (e.external ? `the image ${e.from}` : spoken(e.from)));
			const unique = [...new Set(sources)];
			if (unique.length === 0) continue;
			const verb = kind === 'COPY --from' ? 'copies from' : 'mounts files from';
			sentences.push(`${spoken(stageLabel(stage))} ${verb} ${joinWords(unique)}.`);
		}
	}
	return sentences.join(' ');
}

/** An unnamed stage reads as "stage 0" rather than a bare number. */
function spoken(label: string): string {
	return /^\d+$/.test(label) ? `stage ${label}` : label;
}

function joinWords(words: readonly string[]): string {
	if (words.length <= 1) return words.join('');
	return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
