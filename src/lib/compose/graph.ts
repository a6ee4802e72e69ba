import { healthcheckState } from './depends-on.ts';
import {
	asMap,
	type Condition,
	declaredNames,
	dependenciesOf,
	type Json,
	namedVolumesOf,
	networksOf,
	servicesOf,
} from './model.ts';
import { type ComposeParse, parseCompose } from './parse.ts';

export { describeServiceGraph } from './graph-describe.ts';
export { serviceGraphToDiagram } from './graph-diagram.ts';

/** One service as the diagram shows it. */
export interface GraphService {
	name: string;
	image?: string;
	/** The build context (`.` when `build:` is a map without `context`). */
	build?: string;
	/** Port mappings as written in short syntax, e.g. `8080:80` or `127.0.0.1:5432:5432`. */
	ports: string[];
	networks: string[];
	/** Named volumes only; bind mounts are left out. */
	volumes: string[];
	profiles: string[];
	healthcheck: boolean;
}

/** The services of a Compose file and how they connect, for diagrams and their text alternative. */
export interface ServiceGraph {
	services: GraphService[];
	dependsOn: { from: string; to: string; condition: Condition }[];
	networks: string[];
	volumes: string[];
}

/** A long-syntax port written the short way: `[host_ip:][published:]target[/protocol]`. */
function portText(entry: unknown): string | undefined {
	if (typeof entry === 'string' || typeof entry === 'number') return String(entry);
	const port = asMap(entry);
	if (!port || port.target === undefined) return undefined;
	const host = [port.host_ip, port.published].filter((p) => p !== undefined && p !== '');
	const protocol = port.protocol && port.protocol !== 'tcp' ? `/${String(port.protocol)}` : '';
	return [...host, port.target].map(String).join(':') + protocol;
}

function buildContext(build: unknown): string | undefined {
	if (typeof build === 'string') return build;
	const map = asMap(build);
	if (!map) return undefined;
	return typeof map.context === 'string' ? map.context : '.';
}

function toGraphService(name: string, service: Json, all: Map<string, Json>): GraphService {
	const ports = Array.isArray(service.ports) ? service.ports : [];
	const build = buildContext(service.build);
	return {
		name,
		...(typeof service.image === 'string' ? { image: service.image } : {}),
		...(build !== undefined ? { build } : {}),
		ports: ports.flatMap((p: unknown) => portText(p) ?? []),
		networks: networksOf(name, service).map((n) => n.name),
		volumes: [...new Set(namedVolumesOf(name, service).map((v) => v.name))],
		profiles: Array.isArray(service.profiles) ? service.profiles.map(String) : [],
		healthcheck: healthcheckState(all, name) === 'yes',
	};
}

/** Extract services, dependencies, networks and named volumes; null when the YAML cannot be read. */
export function getServiceGraph(source: string | ComposeParse): ServiceGraph | null {
	const { parsed } = typeof source === 'string' ? parseCompose(source) : source;
	if (!parsed || !asMap(parsed.data)) return null;
	const { data } = parsed;
	const all = new Map(servicesOf(data));
	const services = [...all].map(([name, service]) => toGraphService(name, service, all));
	const dependsOn = [...all].flatMap(([from, service]) =>
		dependenciesOf(from, service)
			.filter((d) => all.has(d.target))
			.map((d) => ({ from, to: d.target, condition: d.condition }))
	);
	// Declared names first, in file order, then any a service uses without declaring.
	const union = (declared: Set<string>, used: string[]) => [...new Set([...declared, ...used])];
	return {
		services,
		dependsOn,
		networks: union(
			declaredNames(data, 'networks'),
			services.flatMap((s) => s.networks)
		),
		volumes: union(
			declaredNames(data, 'volumes'),
			services.flatMap((s) => s.volumes)
		),
	};
}
