import type { DiagramGraph, DiagramNode } from '../examples/diagram-layout.ts';
import type { StageGraph } from './stages.ts';

const EDGE_CLASS: Record<StageGraph['edges'][number]['kind'], string> = {
	FROM: 'edge-from',
	'COPY --from': 'edge-copy-from',
	'RUN --mount': 'edge-run-mount',
};

/**
 * The boxes and arrows of a stage graph: one box a stage (its name and base; the final one
 * bold), a dashed box for each image copied from, an arrow for each FROM, COPY --from and
 * RUN --mount between them. The classes (`stage`, `final`, `external`, `edge-*`) are for CSS.
 */
export function stageGraphToDiagram(graph: StageGraph): DiagramGraph {
	const stageIds = new Map<string, string>();
	const nodes: DiagramNode[] = graph.stages.map((stage) => {
		const id = `stage${stage.index}`;
		stageIds.set(stage.name?.toLowerCase() ?? String(stage.index), id);
		stageIds.set(String(stage.index), id);
		const isFinal = stage.index === graph.finalIndex;
		const title = `${stage.name ?? `stage ${stage.index}`}${isFinal ? ' (final)' : ''}`;
		return {
			id,
			lines: [title, `FROM ${stage.base}`],
			classes: isFinal ? ['stage', 'final'] : ['stage'],
			...(isFinal ? { bold: true } : {}),
		};
	});
	const externalIds = new Map<string, string>();
	for (const { from, external } of graph.edges) {
		if (!external || externalIds.has(from)) continue;
		const id = `external${externalIds.size}`;
		externalIds.set(from, id);
		nodes.push({ id, lines: [from], classes: ['external'], dashed: true });
	}
	const drawn = new Set<string>();
	const edges = graph.edges.flatMap(({ from, to, kind, external }) => {
		const source = external ? externalIds.get(from) : stageIds.get(from.toLowerCase());
		const key = `${source}->${to}:${kind}`;
		if (!source || drawn.has(key)) return [];
		drawn.add(key);
		return [{ from: source, to: `stage${to}`, label: kind, classes: [EDGE_CLASS[kind]] }];
	});
	return { nodes, edges, clusters: [] };
}
