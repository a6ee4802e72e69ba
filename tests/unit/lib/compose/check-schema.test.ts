import { describe, expect, test } from 'vitest';
import { checkCompose } from '../../../../src/lib/compose/check.ts';
import { expectClean, lines, onlyDiagnostic } from './helpers.ts';

describe('UnknownKey', () => {
	test('reports a misspelt service key with the closest known key', () => {
		const d = onlyDiagnostic(
			lines('services:', '  web:', '    image: nginx', '    port:', '      - "80:80"')
		);
		expect(d).toMatchObject({ rule: 'UnknownKey', severity: 'error', line: 4 });
		expect(d.message).toBe('`services.web` has an unknown key `port` (did you mean `ports`?).');
		expect(d.fix).toBe('Rename `port` to `ports`.');
	});

	test('accepts the correctly spelt key', () => {
		expectClean(lines('services:', '  web:', '    image: nginx', '    ports:', '      - "80:80"'));
	});

	test('reports an unknown top-level key', () => {
		const d = onlyDiagnostic(lines('servics:', '  web:', '    image: nginx'));
		expect(d).toMatchObject({ rule: 'UnknownKey', line: 1 });
		expect(d.message).toContain(
			'The top level has an unknown key `servics` (did you mean `services`?)'
		);
	});

	test('suggests an x- prefix when no known key is close', () => {
		const d = onlyDiagnostic(lines('services:', '  web:', '    image: nginx', '    owner: team-a'));
		expect(d.message).not.toContain('did you mean');
		expect(d.fix).toContain('`x-owner`');
	});

	test('reports a misspelt key inside a build map at its own line', () => {
		const d = onlyDiagnostic(lines('services:', '  web:', '    build:', '      contxt: .'));
		expect(d).toMatchObject({ rule: 'UnknownKey', line: 4 });
		expect(d.message).toContain(
			'`services.web.build` has an unknown key `contxt` (did you mean `context`?)'
		);
	});

	test('reports a service name with characters Compose does not allow', () => {
		const d = onlyDiagnostic(lines('services:', '  my web:', '    image: nginx'));
		expect(d).toMatchObject({ rule: 'InvalidValue', line: 2 });
		expect(d.message).toContain('not a valid name');
	});
});

describe('WrongType', () => {
	test('reports ports written as a string, with an example of a list', () => {
		const d = onlyDiagnostic(
			lines('services:', '  api:', '    image: api', '    ports: "5000:5000"')
		);
		expect(d).toMatchObject({ rule: 'WrongType', severity: 'error', line: 4 });
		expect(d.message).toContain('`services.api.ports` must be a list');
		expect(d.message).toContain('for example `- "5000:5000"`');
	});

	test('accepts ports written as a list', () => {
		expectClean(
			lines('services:', '  api:', '    image: api', '    ports:', '      - "5000:5000"')
		);
	});

	test('reports a duration written as a number, once, in plain words', () => {
		const d = onlyDiagnostic(
			lines('services:', '  db:', '    image: postgres', '    healthcheck:', '      interval: 5')
		);
		expect(d).toMatchObject({ rule: 'WrongType', line: 5 });
		expect(d.message).toBe('`services.db.healthcheck.interval` must be text, not the number `5`.');
	});

	test('merges "map or list" branches into one message', () => {
		const d = onlyDiagnostic(
			lines('services:', '  web:', '    image: nginx', '    environment: DEBUG=1')
		);
		expect(d.message).toContain('must be a map of `key: value` pairs or a list');
	});

	test('names a list item by its index', () => {
		const d = onlyDiagnostic(lines('services:', '  web:', '    image: nginx', '    networks: [1]'));
		expect(d).toMatchObject({ rule: 'WrongType', line: 4 });
		expect(d.message).toContain('`services.web.networks[0]` must be text');
	});
});

describe('MissingRequired', () => {
	test('reports a watch rule without an action', () => {
		const d = onlyDiagnostic(
			lines(
				'services:',
				'  web:',
				'    build: .',
				'    develop:',
				'      watch:',
				'        - path: ./src'
			)
		);
		expect(d).toMatchObject({ rule: 'MissingRequired', severity: 'error', line: 6 });
		expect(d.message).toContain(
			'`services.web.develop.watch[0]` is missing the required key `action`'
		);
		expect(d.fix).toContain('`action: sync`');
	});

	test('accepts a watch rule with an action', () => {
		expectClean(
			lines(
				'services:',
				'  web:',
				'    build: .',
				'    develop:',
				'      watch:',
				'        - path: ./src',
				'          action: rebuild'
			)
		);
	});

	test('reports a long-form volume without a type', () => {
		const d = onlyDiagnostic(
			lines(
				'services:',
				'  web:',
				'    image: nginx',
				'    volumes:',
				'      - source: ./site',
				'        target: /usr/share/nginx/html'
			)
		);
		expect(d).toMatchObject({ rule: 'MissingRequired', line: 5 });
		expect(d.message).toContain('missing the required key `type`');
	});
});

describe('MissingRequired and UnknownKey together', () => {
	test('reports a misspelt required key once, as an unknown key', () => {
		const d = onlyDiagnostic(
			lines(
				'services:',
				'  web:',
				'    image: nginx',
				'    depends_on:',
				'      db:',
				'        conditon: service_started',
				'  db:',
				'    image: postgres'
			)
		);
		expect(d).toMatchObject({ rule: 'UnknownKey', line: 6 });
		expect(d.message).toContain('(did you mean `condition`?)');
	});
});

describe('InvalidValue', () => {
	test('reports a misspelt depends_on condition with a suggestion', () => {
		const d = onlyDiagnostic(
			lines(
				'services:',
				'  web:',
				'    image: nginx',
				'    depends_on:',
				'      db:',
				'        condition: service_health',
				'  db:',
				'    image: postgres',
				'    healthcheck:',
				'      test: pg_isready'
			)
		);
		expect(d).toMatchObject({ rule: 'InvalidValue', severity: 'error', line: 6 });
		expect(d.message).toContain(
			'is `service_health`, which is not allowed (did you mean `service_healthy`?)'
		);
		expect(d.fix).toContain('`service_completed_successfully`');
	});

	test('reports an unknown pull_policy', () => {
		const d = onlyDiagnostic(
			lines('services:', '  web:', '    image: nginx', '    pull_policy: sometimes')
		);
		expect(d).toMatchObject({ rule: 'InvalidValue', line: 4 });
		expect(d.fix).toContain('every_12h');
	});

	test('reports a repeated port in one list', () => {
		const d = onlyDiagnostic(
			lines(
				'services:',
				'  web:',
				'    image: nginx',
				'    ports:',
				'      - "80:80"',
				'      - "80:80"'
			)
		);
		expect(d).toMatchObject({ rule: 'InvalidValue', line: 6 });
		expect(d.message).toContain('the same item twice');
	});
});

describe('ObsoleteVersion', () => {
	test('reports a top-level version key as an error and says to delete it', () => {
		const d = onlyDiagnostic(lines('version: "3.8"', 'services:', '  web:', '    image: nginx'));
		expect(d).toMatchObject({ rule: 'ObsoleteVersion', severity: 'error', line: 1 });
		expect(d.message).toContain('Compose ignores it');
		expect(d.message).toContain('Compose Specification made it obsolete');
		expect(d.fix).toContain('Delete the `version:` line');
		expect(d.fix).toContain('`nocheck`');
	});

	test('gives only that error when version is written as a number', () => {
		const d = onlyDiagnostic(lines('services:', '  web:', '    image: nginx', 'version: 3.8'));
		expect(d).toMatchObject({ rule: 'ObsoleteVersion', line: 4 });
	});

	test('says nothing when there is no version key', () => {
		expectClean(lines('services:', '  web:', '    image: nginx'));
	});
});

describe('schema noise reduction', () => {
	test('reports one diagnostic per real problem in a file with several', () => {
		const diagnostics = checkCompose(
			lines(
				'services:',
				'  web:',
				'    image: nginx',
				'    port: 80',
				'    depends_on:',
				'      db:',
				'        condition: nope',
				'    build:',
				'      contxt: .',
				'  db:',
				'    image: postgres',
				'volumes:',
				'  data:',
				'    bogus: 1'
			)
		);
		expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([
			['UnknownKey', 4],
			['InvalidValue', 7],
			['UnknownKey', 9],
			['UnknownKey', 14],
		]);
	});

	test('points at the anchor when a merged key is wrong', () => {
		const d = onlyDiagnostic(
			lines(
				'x-base: &base',
				'  restart: always',
				'  imagee: nginx',
				'services:',
				'  web:',
				'    <<: *base'
			)
		);
		expect(d).toMatchObject({ rule: 'UnknownKey', line: 3 });
		expect(d.message).toContain(
			'`services.web` has an unknown key `imagee` (did you mean `image`?)'
		);
	});
});
