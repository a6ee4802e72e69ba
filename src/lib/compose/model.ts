import type { Path } from './parse.ts';

/** A YAML map as plain data. */
export type Json = Record<string, unknown>;

/** The three `depends_on` conditions of the Compose Specification. */
export type Condition = 'service_started' | 'service_healthy' | 'service_completed_successfully';

/** One `depends_on` entry, short or long form, with where it was written. */
export interface Dependency {
	target: string;
	condition: Condition;
	path: Path;
}

/** A name a service refers to (network, volume, secret, config), with where it was written. */
export interface NamedUse {
	name: string;
	path: Path;
}

/** The value as a map, or undefined when it is anything else. */
export function asMap(value: unknown): Json | undefined {
	return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

/** The services of a Compose file, in file order, skipping entries that are not maps. */
export function servicesOf(data: unknown): [string, Json][] {
	const services = asMap(asMap(data)?.services) ?? {};
	return Object.entries(services).flatMap(([name, value]) => {
		const service = asMap(value);
		return service ? [[name, service] as [string, Json]] : [];
	});
}

/** Names declared under a top-level key such as `networks` or `volumes`. */
export function declaredNames(data: unknown, key: string): Set<string> {
	return new Set(Object.keys(asMap(asMap(data)?.[key]) ?? {}));
}

const CONDITIONS: readonly string[] = [
	'service_started',
	'service_healthy',
	'service_completed_successfully',
];

/** A service's `depends_on`, whether written as a list of names or as a map with conditions. */
export function dependenciesOf(name: string, service: Json): Dependency[] {
	const base = ['services', name, 'depends_on'];
	const value = service.depends_on;
	if (Array.isArray(value)) {
		return value.flatMap((target, i) =>
			typeof target === 'string'
				? [{ target, condition: 'service_started', path: [...base, i] }]
				: []
		);
	}
	return Object.entries(asMap(value) ?? {}).map(([target, options]) => {
		const condition = asMap(options)?.condition;
		return {
			target,
			condition: (CONDITIONS.includes(String(condition))
				? condition
				: 'service_started') as Condition,
			path: [...base, target],
		};
	});
}

/** The networks a service joins explicitly (list or map form). */
export function networksOf(name: string, service: Json): NamedUse[] {
	const value = service.networks;
	const base = ['services', name, 'networks'];
	if (Array.isArray(value)) {
		return value.flatMap((n, i) =>
			typeof n === 'string' ? [{ name: n, path: [...base, i] }] : []
		);
	}
	return Object.keys(asMap(value) ?? {}).map((n) => ({ name: n, path: [...base, n] }));
}

/** True for a short-syntax source that is a host path, not a volume name. */
export function isHostPath(source: string): boolean {
	// ./ ../ / ~ and ${VAR} are paths on the host; so are Windows drive letters such as C:\ or C:/.
	return /^[./~$]/.test(source) || /^[A-Za-z]:[\\/]/.test(source) || source.startsWith('\\\\');
}

/** The named volumes a service mounts, from short (`data:/path`) and long (`type: volume`) syntax. */
export function namedVolumesOf(name: string, service: Json): NamedUse[] {
	const value = service.volumes;
	if (!Array.isArray(value)) return [];
	return value.flatMap((mount: unknown, i): NamedUse[] => {
		const path = ['services', name, 'volumes', i];
		if (typeof mount === 'string') {
			const colon = mount.indexOf(':');
			// No colon means an anonymous volume (`/data`): nothing to declare.
			if (colon <= 0 || isHostPath(mount)) return [];
			return [{ name: mount.slice(0, colon), path }];
		}
		const long = asMap(mount);
		if (long?.type !== 'volume' || typeof long.source !== 'string' || !long.source) return [];
		return [{ name: long.source, path: [...path, 'source'] }];
	});
}

/** Names in a `secrets` or `configs` list (short names or long `source:`), found at `base`. */
export function grantsIn(value: unknown, base: Path): NamedUse[] {
	if (!Array.isArray(value)) return [];
	return value.flatMap((entry: unknown, i): NamedUse[] => {
		if (typeof entry === 'string') return [{ name: entry, path: [...base, i] }];
		const source = asMap(entry)?.source;
		return typeof source === 'string' ? [{ name: source, path: [...base, i, 'source'] }] : [];
	});
}
