import type { Diagnostic } from '../diagnostic.ts';
import {
	asMap,
	declaredNames,
	dependenciesOf,
	grantsIn,
	type Json,
	type NamedUse,
	namedVolumesOf,
	networksOf,
	servicesOf,
} from './model.ts';
import type { Locate, Path } from './parse.ts';
import { didYouMean } from '../did-you-mean.ts';

interface ServiceRef {
	target: string;
	verb: string;
	path: Path;
}

/** Every place a service names another service: depends_on, links, extends, volumes_from, network_mode. */
function serviceRefs(name: string, service: Json): ServiceRef[] {
	const base = ['services', name];
	const refs: ServiceRef[] = dependenciesOf(name, service).map((d) => ({
		target: d.target,
		verb: 'depends on',
		path: d.path,
	}));
	const list = (key: string): unknown[] =>
		Array.isArray(service[key]) ? (service[key] as unknown[]) : [];
	list('links').forEach((link, i) => {
		if (typeof link !== 'string') return;
		// `db` or `db:alias`
		const target = link.split(':')[0] ?? link;
		refs.push({ target, verb: 'links to', path: [...base, 'links', i] });
	});
	const { extends: parent } = service;
	if (typeof parent === 'string') {
		refs.push({ target: parent, verb: 'extends', path: [...base, 'extends'] });
	}
	const parentMap = asMap(parent);
	// With `file:` the parent lives in another file, which we cannot see.
	if (parentMap && typeof parentMap.service === 'string' && parentMap.file === undefined) {
		refs.push({
			target: parentMap.service,
			verb: 'extends',
			path: [...base, 'extends', 'service'],
		});
	}
	list('volumes_from').forEach((source, i) => {
		if (typeof source !== 'string' || source.startsWith('container:')) return;
		// `service:web:ro`, or the older bare `web:ro`.
		const target = source.replace(/^service:/, '').split(':')[0] ?? source;
		refs.push({ target, verb: 'mounts the volumes of', path: [...base, 'volumes_from', i] });
	});
	const mode = service.network_mode;
	if (typeof mode === 'string' && mode.startsWith('service:')) {
		refs.push({
			target: mode.slice(8),
			verb: 'shares the network stack of',
			path: [...base, 'network_mode'],
		});
	}
	return refs;
}

/** Report service references that point at a service this file does not define. */
function checkServiceRefs(data: unknown, locate: Locate): Diagnostic[] {
	const services = servicesOf(data);
	const names = services.map(([name]) => name);
	return services.flatMap(([name, service]) =>
		serviceRefs(name, service)
			.filter((ref) => !names.includes(ref.target))
			.map((ref) => ({
				line: locate(ref.path),
				rule: 'UndefinedService',
				severity: 'error' as const,
				message: `\`${name}\` ${ref.verb} \`${ref.target}\`, but there is no service called \`${ref.target}\`${didYouMean(ref.target, names)}.`,
				fix: `Fix the name, or define \`${ref.target}\` under \`services:\` (defined here: ${names.map((n) => `\`${n}\``).join(', ')}).`,
			}))
	);
}

interface Kind {
	rule: string;
	key: string;
	noun: string;
	uses: (name: string, service: Json) => NamedUse[];
	implicit?: string[];
}

const KINDS: Kind[] = [
	{
		rule: 'UndeclaredNetwork',
		key: 'networks',
		noun: 'network',
		uses: networksOf,
		implicit: ['default'],
	},
	{ rule: 'UndeclaredVolume', key: 'volumes', noun: 'named volume', uses: namedVolumesOf },
	{
		rule: 'UndeclaredSecret',
		key: 'secrets',
		noun: 'secret',
		uses: (name, s) => [
			...grantsIn(s.secrets, ['services', name, 'secrets']),
			...grantsIn(asMap(s.build)?.secrets, ['services', name, 'build', 'secrets']),
		],
	},
	{
		rule: 'UndeclaredConfig',
		key: 'configs',
		noun: 'config',
		uses: (name, s) => grantsIn(s.configs, ['services', name, 'configs']),
	},
];

/** Report networks, named volumes, secrets and configs used by a service but not declared at top level. */
function checkDeclarations(data: unknown, locate: Locate, kind: Kind): Diagnostic[] {
	const declared = [...declaredNames(data, kind.key), ...(kind.implicit ?? [])];
	return servicesOf(data).flatMap(([service, config]) =>
		kind
			.uses(service, config)
			.filter((use) => !declared.includes(use.name))
			.map((use) => ({
				line: locate(use.path),
				rule: kind.rule,
				severity: 'error' as const,
				message: `\`${service}\` uses the ${kind.noun} \`${use.name}\`, which is not declared under the top-level \`${kind.key}:\`${didYouMean(use.name, declared)}.`,
				fix:
					kind.rule === 'UndeclaredVolume'
						? `Add \`${use.name}:\` under a top-level \`volumes:\` key, or start the path with \`./\` if you meant a folder on your machine.`
						: `Add \`${use.name}:\` under a top-level \`${kind.key}:\` key, or fix the name.`,
			}))
	);
}

/** Cross-reference checks: every name a service uses must exist in this file. */
export function checkReferences(data: unknown, locate: Locate): Diagnostic[] {
	// `include` pulls in services, networks and volumes from files we cannot see: a name may be
	// defined there, so any "not defined" report would be a guess.
	if (Array.isArray(asMap(data)?.include)) return [];
	return [
		...checkServiceRefs(data, locate),
		...KINDS.flatMap((kind) => checkDeclarations(data, locate, kind)),
	];
}
