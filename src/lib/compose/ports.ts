import type { Diagnostic } from '../diagnostic.ts';
import { asMap, servicesOf } from './model.ts';
import type { Locate, Path } from './parse.ts';

/** A host port range a service publishes, e.g. `127.0.0.1:8000-8001/udp`. */
export interface HostBinding {
	ip: string;
	first: number;
	last: number;
	protocol: string;
}

/** `8080` or `8000-8005`; undefined for variables such as `${PORT}` and for empty values. */
function parseRange(text: string): { first: number; last: number } | undefined {
	const match = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
	if (!match) return undefined;
	const first = Number(match[1]);
	return { first, last: match[2] ? Number(match[2]) : first };
}

/** The host side of a short-syntax port, `[IP:]HOST:CONTAINER[/PROTOCOL]`; undefined if none is fixed. */
export function parseShortPort(entry: string): HostBinding | undefined {
	const [mapping = '', protocol = 'tcp'] = entry.split('/');
	let ip = '';
	let rest = mapping;
	// IPv6 host addresses are written in brackets: `[::1]:8080:80`.
	const v6 = /^\[([^\]]*)\]:(.*)$/.exec(mapping);
	if (v6) [, ip = '', rest = ''] = v6;
	const parts = rest.split(':');
	if (parts.length === 3 && !v6) ip = parts.shift() ?? '';
	// `80` alone lets Docker pick a random host port, so it cannot collide.
	if (parts.length !== 2) return undefined;
	const range = parseRange(parts[0] ?? '');
	return range && { ip, ...range, protocol };
}

/** The host binding of one `ports:` entry in short or long syntax. */
export function hostBinding(entry: unknown): HostBinding | undefined {
	if (typeof entry === 'string') return parseShortPort(entry);
	const long = asMap(entry);
	if (!long || (typeof long.published !== 'string' && typeof long.published !== 'number')) return;
	const range = parseRange(String(long.published));
	const ip = typeof long.host_ip === 'string' ? long.host_ip : '';
	const protocol = typeof long.protocol === 'string' ? long.protocol : 'tcp';
	return range && { ip, ...range, protocol };
}

/** Whether two host addresses overlap: equal, or one listens on every address of the other's family. */
function addressesOverlap(a: string, b: string): boolean {
	if (a === b || a === '' || b === '') return true;
	const isV6 = (ip: string) => ip.includes(':');
	if (a === '0.0.0.0' || b === '0.0.0.0') return !isV6(a) && !isV6(b);
	if (a === '::' || b === '::') return isV6(a) && isV6(b);
	return false;
}

interface Published extends HostBinding {
	service: string;
	profiles: string[];
	entry: string;
	path: Path;
}

/** Whether two services can run together; services in disjoint profiles are alternatives. */
function canRunTogether(a: Published, b: Published): boolean {
	if (a.profiles.length === 0 || b.profiles.length === 0) return true;
	return a.profiles.some((p) => b.profiles.includes(p));
}

/** Report a host port published twice, across services or within one. */
export function checkDuplicateHostPorts(data: unknown, locate: Locate): Diagnostic[] {
	const seen: Published[] = [];
	const diagnostics: Diagnostic[] = [];
	for (const [service, config] of servicesOf(data)) {
		const ports = Array.isArray(config.ports) ? (config.ports as unknown[]) : [];
		const profiles = Array.isArray(config.profiles) ? config.profiles.map(String) : [];
		ports.forEach((entry, i) => {
			const binding = hostBinding(entry);
			if (!binding) return;
			const path = ['services', service, 'ports', i];
			const current = { ...binding, service, profiles, entry: JSON.stringify(entry), path };
			const clash = seen.find(
				(other) =>
					other.protocol === current.protocol &&
					other.first <= current.last &&
					current.first <= other.last &&
					addressesOverlap(other.ip, current.ip) &&
					canRunTogether(other, current) &&
					// The schema already reports an identical item repeated in one list.
					!(other.service === service && other.entry === current.entry)
			);
			seen.push(current);
			if (!clash) return;
			const port = `${Math.max(clash.first, current.first)}/${current.protocol}`;
			const owner = clash.service === service ? 'another of its entries' : `\`${clash.service}\``;
			diagnostics.push({
				line: locate(path),
				rule: 'DuplicateHostPort',
				severity: 'error',
				message: `\`${service}\` publishes host port ${port}, which ${owner} already publishes; only one container can listen on a host port.`,
				fix: 'Change the host (left-hand) port of one of them, for example `"8081:80"`.',
			});
		});
	}
	return diagnostics;
}

/** The highest TCP or UDP port. */
const MAX_PORT = 65535;

/** `8000-8005` or `8080` as written, or undefined for variables and empty values. */
function writtenRange(text: string): { first: number; last: number; text: string } | undefined {
	const range = parseRange(text);
	return range && { ...range, text: text.trim() };
}

/** The host and container sides of a port entry, short (`[IP:]HOST:CONTAINER[/PROTO]`) or long syntax. */
function portSides(entry: unknown): { side: 'host' | 'container'; text: string }[] {
	if (typeof entry === 'string' || typeof entry === 'number') {
		const [mapping = ''] = String(entry).split('/');
		// IPv6 host addresses are written in brackets: `[::1]:8080:80`.
		const rest = mapping.replace(/^\[[^\]]*\]:/, '');
		const parts = rest.split(':');
		const container = parts.pop() ?? '';
		const host = parts.pop();
		return [
			...(host === undefined || host === '' ? [] : [{ side: 'host' as const, text: host }]),
			{ side: 'container', text: container },
		];
	}
	const long = asMap(entry);
	if (!long) return [];
	const sides: { side: 'host' | 'container'; text: string }[] = [];
	if (typeof long.published === 'string' || typeof long.published === 'number')
		sides.push({ side: 'host', text: String(long.published) });
	if (typeof long.target === 'string' || typeof long.target === 'number')
		sides.push({ side: 'container', text: String(long.target) });
	return sides;
}

/** Port ranges that cannot work: a start above its end, or a port above 65535. */
export function checkPortRanges(data: unknown, locate: Locate): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	for (const [service, config] of servicesOf(data)) {
		const ports = Array.isArray(config.ports) ? (config.ports as unknown[]) : [];
		ports.forEach((entry, i) => {
			for (const { side, text } of portSides(entry)) {
				const range = writtenRange(text);
				if (!range) continue;
				const where = side === 'host' ? 'host (left-hand)' : 'container';
				const base = {
					line: locate(['services', service, 'ports', i]),
					severity: 'error' as const,
				};
				if (range.first > range.last) {
					diagnostics.push({
						...base,
						rule: 'InvalidPortRange',
						message: `\`${service}\` uses the ${where} port range \`${range.text}\`, whose start is above its end, so it names no port.`,
						fix: `Write the lower port first: \`${range.last}-${range.first}\`.`,
					});
				} else if (range.last > MAX_PORT) {
					diagnostics.push({
						...base,
						rule: 'InvalidPortRange',
						message: `\`${service}\` uses ${where} port ${range.last}${range.first === range.last ? '' : ` (in \`${range.text}\`)`}, but ports go up to ${MAX_PORT}.`,
						fix: `Pick a port from 1 to ${MAX_PORT}, for example \`8080\`.`,
					});
				}
			}
		});
	}
	return diagnostics;
}
