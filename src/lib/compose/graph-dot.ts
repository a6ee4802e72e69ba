import type { Condition } from './model.ts';
import type { GraphService, ServiceGraph } from './graph.ts';

/** A DOT string literal: quotes and backslashes escaped, newlines as DOT's centred `\n`. */
function quote(text: string): string {
	return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', '\\n')}"`;
}

const EDGE_WORDS: Record<Condition, string> = {
	service_started: 'started',
	service_healthy: 'healthy',
	service_completed_successfully: 'completed',
};

const serviceId = (name: string) => quote(`service:${name}`);
const volumeId = (name: string) => quote(`volume:${name}`);

function serviceNode(service: GraphService): string {
	const lines = [service.name];
	if (service.image) lines.push(service.image);
	else if (service.build !== undefined) lines.push(`build: ${service.build}`);
	if (service.ports.length > 0) lines.push(service.ports.join(', '));
	// A node sits in one cluster only, so networks after the first are written in the label.
	const others = service.networks.slice(1);
	if (others.length > 0) lines.push(`also on: ${others.join(', ')}`);
	return `${serviceId(service.name)} [label=${quote(lines.join('\n'))}, class="service"];`;
}

/** Render a service graph as Graphviz DOT, with `class` attributes so CSS can style the SVG. */
export function serviceGraphToDot(graph: ServiceGraph): string {
	const out = [
		'digraph compose {',
		'\trankdir=LR;',
		'\tbgcolor="transparent";',
		// Courier: Graphviz measures it exactly (0.6 em a character), so labels fit their boxes
		// in any monospace font the page draws them with (see src/lib/examples/diagram-svg.ts).
		'\tfontname="Courier"; fontsize=12; fontcolor="#404040";',
		'\tnode [shape=box, style="rounded,filled", fillcolor="#f5f5f5", color="#737373", fontcolor="#171717", fontname="Courier", fontsize=13];',
		'\tedge [color="#737373", fontcolor="#404040", fontname="Courier", fontsize=12];',
	];
	const clustered = new Set<string>();
	graph.networks.forEach((network, i) => {
		const members = graph.services.filter((s) => s.networks[0] === network);
		if (members.length === 0) return;
		out.push(
			`\tsubgraph "cluster_network_${i}" {`,
			`\t\tlabel=${quote(`network: ${network}`)}; class="network"; style="dashed,rounded"; color="#a3a3a3";`
		);
		for (const service of members) {
			out.push(`\t\t${serviceNode(service)}`);
			clustered.add(service.name);
		}
		out.push('\t}');
	});
	for (const service of graph.services) {
		if (!clustered.has(service.name)) out.push(`\t${serviceNode(service)}`);
	}
	for (const volume of graph.volumes) {
		out.push(
			`\t${volumeId(volume)} [label=${quote(volume)}, shape=cylinder, style="filled", fillcolor="#fafafa", class="volume"];`
		);
	}
	for (const { from, to, condition } of graph.dependsOn) {
		const word = EDGE_WORDS[condition];
		out.push(
			`\t${serviceId(from)} -> ${serviceId(to)} [label=${quote(word)}, class="edge-${word}"];`
		);
	}
	for (const service of graph.services) {
		for (const volume of service.volumes) {
			out.push(
				`\t${serviceId(service.name)} -> ${volumeId(volume)} [style=dashed, arrowhead=none, class="edge-volume"];`
			);
		}
	}
	out.push('}');
	return out.join('\n');
}
