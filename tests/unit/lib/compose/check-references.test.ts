import { describe, expect, test } from 'vitest';
import { checkCompose } from '../../../../src/lib/compose/check.ts';
import { expectClean, lines, onlyDiagnostic } from './helpers.ts';

const DB = ['  db:', '    image: postgres:17'];

describe('UndefinedService', () => {
	test('reports a short-form depends_on naming a missing service', () => {
		const d = onlyDiagnostic(
			lines('services:', '  api:', '    image: api', '    depends_on:', '      - dbb', ...DB)
		);
		expect(d).toMatchObject({ rule: 'UndefinedService', severity: 'error', line: 5 });
		expect(d.message).toBe(
			'`api` depends on `dbb`, but there is no service called `dbb` (did you mean `db`?).'
		);
		expect(d.fix).toContain('`api`, `db`');
	});

	test('accepts a depends_on naming a defined service', () => {
		expectClean(
			lines('services:', '  api:', '    image: api', '    depends_on:', '      - db', ...DB)
		);
	});

	test('reports a long-form depends_on at the key of the missing service', () => {
		const d = onlyDiagnostic(
			lines(
				'services:',
				'  api:',
				'    image: api',
				'    depends_on:',
				'      cache:',
				'        condition: service_started',
				...DB
			)
		);
		expect(d).toMatchObject({ rule: 'UndefinedService', line: 5 });
	});

	test('reports links, extends, volumes_from and network_mode that name a missing service', () => {
		const diagnostics = checkCompose(
			lines(
				'services:',
				'  api:',
				'    image: api',
				'    links:',
				'      - cache:redis',
				'    volumes_from:',
				'      - service:data:ro',
				'      - files',
				'      - container:not-checked',
				'  sidecar:',
				'    extends: base',
				'    network_mode: service:proxy',
				'  worker:',
				'    extends:',
				'      service: common'
			)
		);
		expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([
			['UndefinedService', 5],
			['UndefinedService', 7],
			['UndefinedService', 8],
			['UndefinedService', 11],
			['UndefinedService', 12],
			['UndefinedService', 15],
		]);
		expect(diagnostics.map((d) => d.message.split(',')[0])).toEqual([
			'`api` links to `cache`',
			'`api` mounts the volumes of `data`',
			'`api` mounts the volumes of `files`',
			'`sidecar` extends `base`',
			'`sidecar` shares the network stack of `proxy`',
			'`worker` extends `common`',
		]);
	});

	test('accepts the same references when the services exist, and extends from another file', () => {
		expectClean(
			lines(
				'services:',
				'  api:',
				'    image: api',
				'    links: ["db:database"]',
				'    volumes_from: ["service:db:ro", "db", "container:backup"]',
				'  sidecar:',
				'    extends: api',
				'    network_mode: service:api',
				'  worker:',
				'    extends:',
				'      file: ./common.yaml',
				'      service: not-in-this-file',
				...DB
			)
		);
	});

	test('does not guess when services may come from an included file', () => {
		expectClean(
			lines(
				'include:',
				'  - ./db.yaml',
				'services:',
				'  api:',
				'    image: api',
				'    depends_on: [db]'
			)
		);
	});
});

describe('UndeclaredNetwork', () => {
	test('reports a service network missing from the top-level networks', () => {
		const d = onlyDiagnostic(
			lines(
				'services:',
				'  web:',
				'    image: nginx',
				'    networks:',
				'      - fronted',
				'networks:',
				'  frontend:'
			)
		);
		expect(d).toMatchObject({ rule: 'UndeclaredNetwork', severity: 'error', line: 5 });
		expect(d.message).toContain('`web` uses the network `fronted`');
		expect(d.message).toContain('(did you mean `frontend`?)');
	});

	test('accepts declared networks and the implicit default network, in list and map form', () => {
		expectClean(
			lines(
				'services:',
				'  web:',
				'    image: nginx',
				'    networks:',
				'      frontend:',
				'        aliases: [www]',
				'      default:',
				'networks:',
				'  frontend:'
			)
		);
	});
});

describe('UndeclaredVolume', () => {
	test('reports a named volume in short syntax missing from the top-level volumes', () => {
		const d = onlyDiagnostic(
			lines(
				'services:',
				'  db:',
				'    image: postgres',
				'    volumes:',
				'      - pgdata:/var/lib/postgresql/data'
			)
		);
		expect(d).toMatchObject({ rule: 'UndeclaredVolume', severity: 'error', line: 5 });
		expect(d.message).toContain('the named volume `pgdata`');
		expect(d.fix).toContain('`./`');
	});

	test('reports a named volume in long syntax at its source line', () => {
		const d = onlyDiagnostic(
			lines(
				'services:',
				'  db:',
				'    image: postgres',
				'    volumes:',
				'      - type: volume',
				'        source: pgdata',
				'        target: /data'
			)
		);
		expect(d).toMatchObject({ rule: 'UndeclaredVolume', line: 6 });
	});

	test('accepts declared volumes, bind mounts, anonymous volumes, tmpfs and image mounts', () => {
		expectClean(
			lines(
				'services:',
				'  db:',
				'    image: postgres',
				'    volumes:',
				'      - pgdata:/var/lib/postgresql/data',
				'      - ./init:/docker-entrypoint-initdb.d:ro',
				'      - ../shared:/shared',
				'      - /etc/localtime:/etc/localtime:ro',
				'      - ~/.pgpass:/root/.pgpass',
				'      - $HOME/backups:/backups',
				'      - ${PWD}/logs:/logs',
				'      - C:\\data:/windows-data',
				'      - D:/data:/other-data',
				'      - /var/lib/anonymous',
				'      - type: tmpfs',
				'        target: /tmp',
				'      - type: image',
				'        source: alpine:3.21',
				'        target: /alpine',
				'      - type: bind',
				'        source: ./conf',
				'        target: /conf',
				'volumes:',
				'  pgdata:'
			)
		);
	});
});

describe('UndeclaredSecret and UndeclaredConfig', () => {
	test('reports a secret missing from the top-level secrets', () => {
		const d = onlyDiagnostic(
			lines('services:', '  db:', '    image: postgres', '    secrets:', '      - db_password')
		);
		expect(d).toMatchObject({ rule: 'UndeclaredSecret', severity: 'error', line: 5 });
		expect(d.message).toContain('the secret `db_password`');
	});

	test('reports a build secret missing from the top-level secrets', () => {
		const d = onlyDiagnostic(
			lines('services:', '  app:', '    build:', '      context: .', '      secrets: [npm_token]')
		);
		expect(d).toMatchObject({ rule: 'UndeclaredSecret', line: 5 });
	});

	test('reports a long-form config at its source line', () => {
		const d = onlyDiagnostic(
			lines(
				'services:',
				'  proxy:',
				'    image: nginx',
				'    configs:',
				'      - source: nginx_conf',
				'        target: /etc/nginx/nginx.conf'
			)
		);
		expect(d).toMatchObject({ rule: 'UndeclaredConfig', severity: 'error', line: 5 });
		expect(d.message).toContain('the config `nginx_conf`');
	});

	test('accepts declared secrets and configs', () => {
		expectClean(
			lines(
				'services:',
				'  proxy:',
				'    image: nginx',
				'    secrets: [tls_key]',
				'    configs:',
				'      - source: nginx_conf',
				'        target: /etc/nginx/nginx.conf',
				'secrets:',
				'  tls_key:',
				'    file: ./tls.key',
				'configs:',
				'  nginx_conf:',
				'    file: ./nginx.conf'
			)
		);
	});
});
