import { describe, expect, test } from 'vitest';
import { checkCompose } from '../../../../src/lib/compose/check.ts';
import { hostBinding, parseShortPort } from '../../../../src/lib/compose/ports.ts';
import { expectClean, lines, onlyDiagnostic } from './helpers.ts';

describe('parseShortPort', () => {
	test('reads the host side of short-syntax ports', () => {
		expect(parseShortPort('8080:80')).toEqual({ ip: '', first: 8080, last: 8080, protocol: 'tcp' });
		expect(parseShortPort('127.0.0.1:5432:5432')).toMatchObject({ ip: '127.0.0.1', first: 5432 });
		expect(parseShortPort('[::1]:8080:80/udp')).toMatchObject({ ip: '::1', protocol: 'udp' });
		expect(parseShortPort('9000-9005:9000-9005')).toMatchObject({ first: 9000, last: 9005 });
	});

	test('has no host binding when Docker picks the host port or a variable sets it', () => {
		expect(parseShortPort('80')).toBeUndefined();
		expect(parseShortPort('127.0.0.1::80')).toBeUndefined();
		expect(parseShortPort('${WEB_PORT}:80')).toBeUndefined();
		expect(hostBinding(80)).toBeUndefined();
		expect(hostBinding({ target: 80 })).toBeUndefined();
	});
});

describe('DuplicateHostPort', () => {
	test('reports the same host port published by two services, short and long syntax', () => {
		const d = onlyDiagnostic(
			lines(
				'services:',
				'  web:',
				'    image: nginx',
				'    ports: ["8080:80"]',
				'  admin:',
				'    image: admin',
				'    ports:',
				'      - target: 3000',
				'        published: "8080"'
			)
		);
		expect(d).toMatchObject({ rule: 'DuplicateHostPort', severity: 'error', line: 8 });
		expect(d.message).toContain(
			'`admin` publishes host port 8080/tcp, which `web` already publishes'
		);
	});

	test('accepts different host ports', () => {
		expectClean(
			lines(
				'services:',
				'  web:',
				'    image: nginx',
				'    ports: ["8080:80"]',
				'  admin:',
				'    image: admin',
				'    ports:',
				'      - target: 3000',
				'        published: "8081"'
			)
		);
	});

	test('reports overlapping ranges and a wildcard address against a specific one', () => {
		const diagnostics = checkCompose(
			lines(
				'services:',
				'  a:',
				'    image: a',
				'    ports: ["9000-9010:9000-9010"]',
				'  b:',
				'    image: b',
				'    ports: ["127.0.0.1:9005:80"]'
			)
		);
		expect(diagnostics).toHaveLength(1);
		expect(diagnostics[0]).toMatchObject({ rule: 'DuplicateHostPort', line: 7 });
		expect(diagnostics[0]?.message).toContain('9005/tcp');
	});

	test('reports two entries of one service that bind the same host port', () => {
		const d = onlyDiagnostic(
			lines(
				'services:',
				'  a:',
				'    image: a',
				'    ports:',
				'      - "8080:80"',
				'      - "8080:8080"'
			)
		);
		expect(d).toMatchObject({ rule: 'DuplicateHostPort', line: 6 });
		expect(d.message).toContain('another of its entries');
	});

	test('accepts the same port on other protocols, other addresses and in alternative profiles', () => {
		expectClean(
			lines(
				'services:',
				'  dns:',
				'    image: coredns',
				'    ports: ["53:53/udp", "53:53/tcp"]',
				'  local:',
				'    image: a',
				'    ports: ["127.0.0.1:8080:80", "[::1]:8080:80"]',
				'  other:',
				'    image: b',
				'    ports: ["192.168.1.10:8080:80"]',
				'  web-prod:',
				'    image: web',
				'    profiles: [prod]',
				'    ports: ["443:443"]',
				'  web-dev:',
				'    image: web',
				'    profiles: [dev]',
				'    ports: ["443:443"]'
			)
		);
	});
});

describe('InvalidPortRange', () => {
	const ports = (...entries: string[]) =>
		lines('services:', '  web:', '    image: nginx', '    ports:', ...entries);

	test('reports a range whose start is above its end, host or container side', () => {
		const d = onlyDiagnostic(ports('      - "8005-8000:80"'));
		expect(d).toMatchObject({ rule: 'InvalidPortRange', severity: 'error', line: 5 });
		expect(d.message).toContain(
			'host (left-hand) port range `8005-8000`, whose start is above its end'
		);
		expect(d.fix).toContain('`8000-8005`');
		expect(onlyDiagnostic(ports('      - "9000-9005:9005-9000"')).message).toContain(
			'container port range `9005-9000`'
		);
	});

	test('reports a port above 65535 on either side and in long syntax', () => {
		expect(onlyDiagnostic(ports('      - "70000:80"')).message).toContain(
			'host (left-hand) port 70000, but ports go up to 65535'
		);
		expect(onlyDiagnostic(ports('      - "8080:70000"')).message).toContain('container port 70000');
		const long = onlyDiagnostic(ports('      - target: 80', '        published: "9005-9000"'));
		expect(long).toMatchObject({ rule: 'InvalidPortRange', line: 5 });
	});

	test('accepts the twins: ranges in order, the highest port, IPv6 hosts, variables', () => {
		expectClean(
			ports(
				'      - "8000-8005:8000-8005"',
				'      - "127.0.0.1:9000-9010:80"',
				'      - "[::1]:8080:80"',
				'      - "[::]:5353:53/udp"',
				'      - "65535:65535"',
				'      - "${WEB_PORT:-8081}:80"',
				'      - target: 3000',
				'        published: "3000-3001"'
			)
		);
	});
});
