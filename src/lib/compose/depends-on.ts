import type { Diagnostic } from '../diagnostic.ts';
import { asMap, dependenciesOf, type Dependency, type Json, servicesOf } from './model.ts';
import type { Locate } from './parse.ts';

/** Report `depends_on` loops: Compose cannot choose which service of a loop starts first. */
export function checkDependsOnCycles(data: unknown, locate: Locate): Diagnostic[] {
	const services = new Map(servicesOf(data));
	const edges = new Map<string, Dependency[]>();
	for (const [name, service] of services) {
		edges.set(
			name,
			dependenciesOf(name, service).filter((d) => services.has(d.target))
		);
	}
	const state = new Map<string, 'visiting' | 'done'>();
	const stack: string[] = [];
	const reported = new Set<string>();
	const diagnostics: Diagnostic[] = [];

	const visit = (name: string): void => {
		state.set(name, 'visiting');
		stack.push(name);
		for (const dependency of edges.get(name) ?? []) {
			const seen = state.get(dependency.target);
			if (seen === undefined) visit(dependency.target);
			if (seen !== 'visiting') continue;
			const loop = stack.slice(stack.indexOf(dependency.target));
			// The same loop can be entered from any of its members: report it once.
			const key = [...loop].sort().join(' ');
			if (reported.has(key)) continue;
			reported.add(key);
			const chain = [...loop, dependency.target].map((n) => `\`${n}\``).join(' → ');
			diagnostics.push({
				line: locate(dependency.path),
				rule: 'DependsOnCycle',
				severity: 'error',
				message: `\`depends_on\` forms a loop: ${chain}; Compose cannot tell which of them to start first.`,
				fix: 'Remove one `depends_on` entry so that the services start in one clear order.',
			});
		}
		stack.pop();
		state.set(name, 'done');
	};
	for (const name of services.keys()) if (!state.has(name)) visit(name);
	return diagnostics;
}

/**
 * Whether a service declares a usable healthcheck, following `extends` within this file.
 * Reasoning: a healthcheck baked into the image (Dockerfile HEALTHCHECK) is invisible here, so we
 * ask authors to write it in the Compose file, where a reader of the note can see it.
 */
export function healthcheckState(
	services: Map<string, Json>,
	name: string,
	seen = new Set<string>()
): 'yes' | 'no' | 'disabled' | 'unknown' {
	const service = services.get(name);
	if (!service || seen.has(name)) return 'unknown';
	seen.add(name);
	const check = asMap(service.healthcheck);
	if (check) {
		const test = Array.isArray(check.test) ? check.test[0] : check.test;
		return check.disable === true || check.disable === 'true' || test === 'NONE'
			? 'disabled'
			: 'yes';
	}
	const parent = service.extends;
	if (typeof parent === 'string') return healthcheckState(services, parent, seen);
	const parentMap = asMap(parent);
	if (parentMap) {
		// The parent is in another file: it may well define a healthcheck.
		if (parentMap.file !== undefined || typeof parentMap.service !== 'string') return 'unknown';
		return healthcheckState(services, parentMap.service, seen);
	}
	return 'no';
}

/** Report `condition: service_healthy` on a service that has no (or a disabled) healthcheck. */
export function checkHealthyDependencies(data: unknown, locate: Locate): Diagnostic[] {
	const services = new Map(servicesOf(data));
	return [...services].flatMap(([name, service]) =>
		dependenciesOf(name, service).flatMap((d): Diagnostic[] => {
			if (d.condition !== 'service_healthy') return [];
			const state = healthcheckState(services, d.target);
			if (state !== 'no' && state !== 'disabled') return [];
			const why = state === 'no' ? 'has no `healthcheck`' : 'has its healthcheck disabled';
			return [
				{
					line: locate([...d.path, 'condition']),
					rule: 'HealthyWithoutHealthcheck',
					severity: 'error',
					message: `\`${name}\` waits for \`${d.target}\` to be healthy, but \`${d.target}\` ${why}, so it never becomes healthy and \`${name}\` cannot start.`,
					fix: `Add a \`healthcheck:\` with a \`test:\` to \`${d.target}\`, or use \`condition: service_started\`.`,
				},
			];
		})
	);
}
