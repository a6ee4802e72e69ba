import type { DiagramGraph, DiagramNode } from '../examples/diagram-layout.ts';
import type { Condition } from './model.ts';
import type { GraphService, ServiceGraph } from './graph.ts';

const EDGE_WORDS: Record<Condition, string> = {
	service_started: 'started',
	service_healthy: 'healthy',
	service_completed_successfully: 'completed',
};

const serviceId = (name: string) => `service:${name}`;
const volumeId = (name: string) => `volume:${name}`;
const networkId = (name: string) => `network:${name}`;

function serviceNode(service: GraphService, clustered: boolean): DiagramNode {
	const lines = [service.name];
	if (service.image) lines.push(service.image);
	else if (service.build !== undefined) lines.push(`build: ${service.build}`);
	if (service.ports.length > 0) lines.push(service.ports.join(', '));
	// A box sits in one cluster only, so networks after the first are written in the label.
	const others = service.networks.slice(1);
	if (others.length > 0) lines.push(`also on: ${others.join(', ')}`);
	return {
		id: serviceId(service.name),
		lines,
		classes: ['service'],
		...(clustered ? { cluster: networkId(service.networks[0]!) } : {}),
	};
}

/**
 * The boxes and lines of a service graph: a box a service (name, image or build, ports), inside
 * the dashed cluster of its first network; a cylinder a named volume, joined to the services
 * that mount it by a dashed line without arrowhead; an arrow for each depends_on, labelled with
 * its condition. The classes (`service`, `volume`, `network`, `edge-*`) are for CSS.
 */
export function serviceGraphToDiagram(graph: ServiceGraph): DiagramGraph {
	const networks = new Set(graph.networks);
	const clusters = graph.networks
		.filter((network) => graph.services.some((s) => s.networks[0] === network))
		.map((network) => ({
			id: networkId(network),
			label: `network: ${network}`,
			classes: ['network'],
		}));
	const nodes: DiagramNode[] = [
		...graph.services.map((s) => serviceNode(s, networks.has(s.networks[0] ?? ''))),
		...graph.volumes.map((volume) => ({
			id: volumeId(volume),
			lines: [volume],
			classes: ['volume'],
			shape: 'cylinder' as const,
		})),
	];
	const edges = [
		...graph.dependsOn.map(({ from, to, condition }) => ({
			from: serviceId(from),
			to: serviceId(to),
			label: EDGE_WORDS[condition],
			classes: [`edge-${EDGE_WORDS[condition]}`],
		})),
		...graph.services.flatMap((service) =>
			service.volumes.map((volume) => ({
				from: serviceId(service.name),
				to: volumeId(volume),
				classes: ['edge-volume'],
				dashed: true,
				arrow: false,
			}))
		),
	];
	return { nodes, edges, clusters };
}
