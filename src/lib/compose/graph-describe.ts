import type { GraphService, ServiceGraph } from './graph.ts';
import type { Condition } from './model.ts';

const WAIT_WORDS: Record<Condition, string> = {
	service_started: 'has started',
	service_healthy: 'is healthy',
	service_completed_successfully: 'has completed successfully',
};

/** "a", "a and b", "a, b and c". */
function list(items: readonly string[]): string {
	if (items.length <= 1) return items[0] ?? '';
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "port 80" or "ports 80 and 443". */
function counted(singular: string, items: readonly string[]): string {
	return `${items.length === 1 ? singular : `${singular}s`} ${list(items)}`;
}

function describeService(service: GraphService, graph: ServiceGraph): string {
	const identity: string[] = [];
	if (service.image) identity.push(`runs the image ${service.image}`);
	else if (service.build !== undefined) {
		// "built from ." reads like the end of a sentence.
		identity.push(`is built from ${service.build === '.' ? 'the project folder' : service.build}`);
	}
	if (service.ports.length > 0) identity.push(`publishes ${counted('port', service.ports)}`);
	const sentences = [
		`${service.name} ${identity.length > 0 ? list(identity) : 'has no image of its own'}.`,
	];
	if (service.networks.length > 0)
		sentences.push(`It joins the ${counted('network', service.networks)}.`);
	if (service.volumes.length > 0)
		sentences.push(`It stores data in the ${counted('volume', service.volumes)}.`);
	if (service.healthcheck) sentences.push('It has a health check.');
	if (service.profiles.length > 0) {
		sentences.push(`It starts only with the ${counted('profile', service.profiles)}.`);
	}
	const waits = graph.dependsOn
		.filter((d) => d.from === service.name)
		.map((d) => `${d.to} ${WAIT_WORDS[d.condition]}`);
	if (waits.length > 0) sentences.push(`It starts after ${list(waits)}.`);
	return sentences.join(' ');
}

/** A plain-English text alternative for the service diagram. */
export function describeServiceGraph(graph: ServiceGraph): string {
	const names = graph.services.map((s) => s.name);
	if (names.length === 0) return 'The Compose file defines no services.';
	const intro = `The Compose file defines ${names.length === 1 ? 'one service' : `${names.length} services`}: ${list(names)}.`;
	return [intro, ...graph.services.map((s) => describeService(s, graph))].join(' ');
}
