import type { StageGraph } from './stages.ts';

const quote = (value: string): string => JSON.stringify(value);

const EDGE_CLASS: Record<StageGraph['edges'][number]['kind'], string> = {
	FROM: 'edge-from',
	'COPY --from': 'edge-copy-from',
	'RUN --mount': 'edge-run-mount',
};

/**
 * Graphviz DOT for a stage graph. Colours are left to `currentColor` and the class attributes
 * (`stage`, `external`, `final`, `edge-*`), which Graphviz copies onto the SVG groups, so the
 * site's CSS decides how the diagram looks in light and dark themes.
 */
export function stageGraphToDot(graph: StageGraph): string {
	const lines = [
		'digraph stages {',
		'  rankdir=LR;',
		'  bgcolor="transparent";',
		// Courier: Graphviz measures it exactly (0.6 em a character), so labels fit their boxes
		// in any monospace font the page draws them with (see src/lib/examples/diagram-svg.ts).
		'  node [shape=box, style="rounded", color="currentColor", fontcolor="currentColor", fontname="Courier", fontsize=13];',
		'  edge [color="currentColor", fontcolor="currentColor", fontname="Courier", fontsize=12];',
	];
	const stageIds = new Map<string, string>();
	for (const stage of graph.stages) {
		const id = `stage${stage.index}`;
		stageIds.set(stage.name?.toLowerCase() ?? String(stage.index), id);
		stageIds.set(String(stage.index), id);
		const isFinal = stage.index === graph.finalIndex;
		const title = `${stage.name ?? `stage ${stage.index}`}${isFinal ? ' (final)' : ''}`;
		const attributes = [
			`label=${quote(`${title}\nFROM ${stage.base}`)}`,
			`class=${quote(isFinal ? 'stage final' : 'stage')}`,
			...(isFinal ? ['penwidth=2.5'] : []),
		];
		lines.push(`  ${id} [${attributes.join(', ')}];`);
	}
	const externalIds = new Map<string, string>();
	for (const { from, external } of graph.edges) {
		if (!external || externalIds.has(from)) continue;
		const id = `external${externalIds.size}`;
		externalIds.set(from, id);
		lines.push(`  ${id} [label=${quote(from)}, style="rounded,dashed", class="external"];`);
	}
	const drawn = new Set<string>();
	for (const { from, to, kind, external } of graph.edges) {
		const source = external ? externalIds.get(from) : stageIds.get(from.toLowerCase());
		const key = `${source}->${to}:${kind}`;
		if (!source || drawn.has(key)) continue;
		drawn.add(key);
		lines.push(
			`  ${source} -> stage${to} [label=${quote(kind)}, class=${quote(EDGE_CLASS[kind])}];`
		);
	}
	lines.push('}');
	return lines.join('\n');
}
