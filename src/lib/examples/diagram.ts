import {
	describeServiceGraph,
	getServiceGraph,
	serviceGraphToDiagram,
	type ServiceGraph,
} from '../compose/graph.ts';
import {
	describeStageGraph,
	getStageGraph,
	stageGraphToDiagram,
	type StageGraph,
} from '../dockerfile/stages.ts';
import type { ExampleKind } from './check-block.ts';
import type { DiagramGraph } from './diagram-layout.ts';

/** A diagram to draw under an example, with the text that replaces it for screen readers. */
export interface DiagramSpec {
	kind: 'stages' | 'services';
	/** The boxes and arrows to lay out (src/lib/examples/diagram-layout.ts). */
	graph: DiagramGraph;
	/** A short visible caption. */
	caption: string;
	/** The full text alternative (the `describe*` output). */
	description: string;
}

/**
 * The diagram an example deserves, if any: a Dockerfile with two or more stages gets its stage
 * graph, a Compose file with two or more services (or one with a named volume) its service graph.
 * A single box would only repeat the code, so smaller examples get none.
 */
export function getDiagram(kind: ExampleKind, source: string): DiagramSpec | undefined {
	return kind === 'dockerfile'
		? stageDiagram(getStageGraph(source))
		: serviceDiagram(getServiceGraph(source));
}

/** The stage diagram of a Dockerfile with two or more stages. */
export function stageDiagram(graph: StageGraph): DiagramSpec | undefined {
	if (graph.stages.length < 2) return undefined;
	return {
		kind: 'stages',
		graph: stageGraphToDiagram(graph),
		caption: `Build stages (${graph.stages.length})`,
		description: describeStageGraph(graph),
	};
}

/** The service diagram of a Compose file with two or more services, or one with a named volume. */
export function serviceDiagram(graph: ServiceGraph | null): DiagramSpec | undefined {
	if (!graph || (graph.services.length < 2 && graph.volumes.length === 0)) return undefined;
	return {
		kind: 'services',
		graph: serviceGraphToDiagram(graph),
		caption: `Services (${graph.services.length})`,
		description: describeServiceGraph(graph),
	};
}
