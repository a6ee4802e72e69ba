import { describe, expect, test } from 'vitest';
import { checkCodeBlock, exampleKind, noteLine } from '../../../../src/lib/examples/check-block';

describe('which blocks are checked', () => {
	test('dockerfile and docker blocks are Dockerfiles, whatever their case', () => {
		expect(exampleKind({ lang: 'dockerfile', meta: '', value: '' })).toBe('dockerfile');
		expect(exampleKind({ lang: 'Dockerfile', meta: '', value: '' })).toBe('dockerfile');
		expect(exampleKind({ lang: 'docker', meta: null, value: '' })).toBe('dockerfile');
	});

	test('YAML is a Compose file by meta, by title or by a top-level services key', () => {
		expect(exampleKind({ lang: 'yaml', meta: 'compose', value: 'x: 1' })).toBe('compose');
		expect(exampleKind({ lang: 'yaml', meta: 'title="compose.yaml"', value: 'x: 1' })).toBe(
			'compose'
		);
		expect(
			exampleKind({ lang: 'yml', meta: 'title="deploy/docker-compose.prod.yml"', value: 'x: 1' })
		).toBe('compose');
		expect(
			exampleKind({ lang: 'yaml', meta: '', value: 'services:\n  web:\n    image: nginx:1.30\n' })
		).toBe('compose');
		expect(
			exampleKind({
				lang: 'yaml',
				meta: 'title="web.yaml"',
				value: 'apiVersion: v1\nkind: Service\n',
			})
		).toBeUndefined();
		expect(exampleKind({ lang: 'bash', meta: '', value: 'services:' })).toBeUndefined();
	});
});

describe('checking a block', () => {
	test('reports a broken Dockerfile', () => {
		const report = checkCodeBlock({
			lang: 'dockerfile',
			meta: '',
			value: 'FROM alpine:3.22\nRUNN echo hi\n',
		});
		expect(report.checked).toBe(true);
		expect(report.diagnostics).toContainEqual(
			expect.objectContaining({ rule: 'UnknownInstruction', line: 2 })
		);
	});

	test('a fragment needs no FROM, and a whole Dockerfile does', () => {
		expect(
			checkCodeBlock({ lang: 'dockerfile', meta: 'fragment', value: 'WORKDIR /app\n' }).diagnostics
		).toEqual([]);
		const whole = checkCodeBlock({ lang: 'dockerfile', meta: '', value: 'WORKDIR /app\n' });
		expect(whole.diagnostics.some((d) => d.severity === 'error')).toBe(true);
	});

	test('reports a Compose file whose depends_on names no service', () => {
		const value = 'services:\n  web:\n    image: nginx:1.30-alpine\n    depends_on: [db]\n';
		const report = checkCodeBlock({ lang: 'yaml', meta: 'title="compose.yaml"', value });
		expect(report.diagnostics).toContainEqual(
			expect.objectContaining({ rule: 'UndefinedService', line: 4 })
		);
	});

	test('a nocheck block is skipped, and says why', () => {
		const report = checkCodeBlock({ lang: 'dockerfile', meta: 'nocheck', value: 'RUNN x' });
		expect(report).toMatchObject({
			checked: false,
			skipped: expect.stringContaining('nocheck'),
			diagnostics: [],
		});
	});

	test('other languages are neither checked nor reported as skipped', () => {
		expect(checkCodeBlock({ lang: 'console', meta: '', value: '$ docker ps' })).toMatchObject({
			checked: false,
			skipped: undefined,
		});
	});
});

test('a diagnostic on line 1 of a block lies on the line after the fence', () => {
	expect(noteLine(10, { line: 1 })).toBe(11);
});
