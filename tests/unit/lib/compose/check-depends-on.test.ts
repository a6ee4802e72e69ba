import { describe, expect, test } from 'vitest';
import { checkCompose } from '../../../../src/lib/compose/check.ts';
import { expectClean, lines, onlyDiagnostic } from './helpers.ts';

describe('DependsOnCycle', () => {
	test('reports a loop between two services once', () => {
		const d = onlyDiagnostic(
			lines(
				'services:',
				'  api:',
				'    image: api',
				'    depends_on: [worker]',
				'  worker:',
				'    image: worker',
				'    depends_on: [api]'
			)
		);
		expect(d).toMatchObject({ rule: 'DependsOnCycle', severity: 'error', line: 7 });
		expect(d.message).toContain('`api` → `worker` → `api`');
	});

	test('reports a service that depends on itself', () => {
		const d = onlyDiagnostic(
			lines(
				'services:',
				'  api:',
				'    image: api',
				'    depends_on:',
				'      api:',
				'        condition: service_started'
			)
		);
		expect(d).toMatchObject({ rule: 'DependsOnCycle', line: 5 });
	});

	test('accepts a chain and a diamond without loops', () => {
		expectClean(
			lines(
				'services:',
				'  web:',
				'    image: web',
				'    depends_on: [api, auth]',
				'  api:',
				'    image: api',
				'    depends_on: [db]',
				'  auth:',
				'    image: auth',
				'    depends_on: [db]',
				'  db:',
				'    image: postgres'
			)
		);
	});
});

describe('HealthyWithoutHealthcheck', () => {
	const waitsForDb = [
		'services:',
		'  api:',
		'    image: api',
		'    depends_on:',
		'      db:',
		'        condition: service_healthy',
		'  db:',
		'    image: postgres',
	];

	test('reports service_healthy on a service without a healthcheck, at the condition line', () => {
		const d = onlyDiagnostic(lines(...waitsForDb));
		expect(d).toMatchObject({ rule: 'HealthyWithoutHealthcheck', severity: 'error', line: 6 });
		expect(d.message).toContain(
			'`api` waits for `db` to be healthy, but `db` has no `healthcheck`'
		);
		expect(d.fix).toContain('`condition: service_started`');
	});

	test('reports service_healthy on a service whose healthcheck is disabled', () => {
		const d = onlyDiagnostic(lines(...waitsForDb, '    healthcheck:', '      disable: true'));
		expect(d).toMatchObject({ rule: 'HealthyWithoutHealthcheck', line: 6 });
		expect(d.message).toContain('has its healthcheck disabled');
	});

	test('accepts service_healthy on a service with a healthcheck', () => {
		expectClean(lines(...waitsForDb, '    healthcheck:', '      test: ["CMD", "pg_isready"]'));
	});

	test('follows extends to find an inherited healthcheck', () => {
		expectClean(
			lines(
				...waitsForDb,
				'    extends: base',
				'  base:',
				'    image: postgres',
				'    healthcheck:',
				'      test: pg_isready'
			)
		);
	});

	test('trusts a service that extends one from another file', () => {
		expectClean(lines(...waitsForDb, '    extends:', '      file: ./db.yaml', '      service: db'));
	});

	test('reports nothing for service_started and service_completed_successfully', () => {
		const source = lines(...waitsForDb).replace(
			'service_healthy',
			'service_completed_successfully'
		);
		expect(checkCompose(source)).toEqual([]);
	});
});
