import { describe, expect, test } from 'vitest';
import {
	describeServiceGraph,
	getServiceGraph,
	type ServiceGraph,
	serviceGraphToDot,
} from '../../../../src/lib/compose/graph.ts';
import { lines } from './helpers.ts';

const STACK = lines(
	'services:',
	'  web:',
	'    image: nginx:1.30',
	'    ports:',
	'      - "8080:80"',
	'      - target: 443',
	'        published: 8443',
	'        host_ip: 127.0.0.1',
	'      - target: 53',
	'        published: 5353',
	'        protocol: udp',
	'    networks: [front, back]',
	'    depends_on:',
	'      api:',
	'        condition: service_healthy',
	'  api:',
	'    build:',
	'      dockerfile: api.Dockerfile',
	'    networks:',
	'      back:',
	'    healthcheck:',
	'      test: ["CMD", "true"]',
	'    depends_on: [db]',
	'    volumes:',
	'      - ./src:/src',
	'      - uploads:/uploads',
	'  db:',
	'    image: postgres:17',
	'    profiles: [data]',
	'    networks: [back]',
	'    volumes:',
	'      - type: volume',
	'        source: dbdata',
	'        target: /var/lib/postgresql/data',
	'      - dbdata:/backup',
	'    depends_on:',
	'      migrate:',
	'        condition: service_completed_successfully',
	'  migrate:',
	'    build: ./migrations',
	'networks:',
	'  front:',
	'  back:',
	'volumes:',
	'  dbdata:',
	'  uploads:'
);

describe('getServiceGraph', () => {
	test('extracts services with image or build, ports, networks, named volumes, profiles and healthcheck', () => {
		const graph = getServiceGraph(STACK);
		expect(graph?.services).toEqual([
			{
				name: 'web',
				image: 'nginx:1.30',
				ports: ['8080:80', '127.0.0.1:8443:443', '5353:53/udp'],
				networks: ['front', 'back'],
				volumes: [],
				profiles: [],
				healthcheck: false,
			},
			{
				name: 'api',
				build: '.',
				ports: [],
				networks: ['back'],
				volumes: ['uploads'],
				profiles: [],
				healthcheck: true,
			},
			{
				name: 'db',
				image: 'postgres:17',
				ports: [],
				networks: ['back'],
				volumes: ['dbdata'],
				profiles: ['data'],
				healthcheck: false,
			},
			{
				name: 'migrate',
				build: './migrations',
				ports: [],
				networks: [],
				volumes: [],
				profiles: [],
				healthcheck: false,
			},
		]);
	});

	test('extracts depends_on edges with their conditions, short form meaning service_started', () => {
		expect(getServiceGraph(STACK)?.dependsOn).toEqual([
			{ from: 'web', to: 'api', condition: 'service_healthy' },
			{ from: 'api', to: 'db', condition: 'service_started' },
			{ from: 'db', to: 'migrate', condition: 'service_completed_successfully' },
		]);
	});

	test('lists declared networks and volumes', () => {
		const graph = getServiceGraph(STACK);
		expect(graph?.networks).toEqual(['front', 'back']);
		expect(graph?.volumes).toEqual(['dbdata', 'uploads']);
	});

	test('leaves out edges to services that do not exist', () => {
		const graph = getServiceGraph(
			lines('services:', '  web:', '    image: nginx', '    depends_on: [ghost]')
		);
		expect(graph?.dependsOn).toEqual([]);
	});

	test('returns null for text that is not a YAML map', () => {
		expect(getServiceGraph('services:\n  web:\n\timage: nginx\n')).toBeNull();
		expect(getServiceGraph('- a\n- b\n')).toBeNull();
		expect(getServiceGraph('')).toBeNull();
	});
});

describe('serviceGraphToDot', () => {
	const dot = serviceGraphToDot(getServiceGraph(STACK) as ServiceGraph);

	test('lays the graph out left to right', () => {
		expect(dot).toMatch(/^digraph compose \{\n\trankdir=LR;/);
	});

	test('draws services as rounded boxes labelled with name, image or build, and ports', () => {
		expect(dot).toContain('node [shape=box, style="rounded,filled"');
		expect(dot).toContain(
			'"service:web" [label="web\\nnginx:1.30\\n8080:80, 127.0.0.1:8443:443, 5353:53/udp\\nalso on: back", class="service"];'
		);
		expect(dot).toContain('"service:api" [label="api\\nbuild: .", class="service"];');
	});

	test('puts each service in the cluster of its first network only', () => {
		expect(dot).toContain(
			'subgraph "cluster_network_0" {\n\t\tlabel="network: front"; class="network";'
		);
		const back = dot.slice(dot.indexOf('label="network: back"'));
		expect(back.slice(0, back.indexOf('}'))).not.toContain('"service:web"');
		expect(dot.match(/"service:web" \[/g)).toHaveLength(1);
	});

	test('draws named volumes as cylinders joined by dashed lines without arrowheads', () => {
		expect(dot).toContain('"volume:dbdata" [label="dbdata", shape=cylinder');
		expect(dot).toContain('class="volume"');
		expect(dot).toContain(
			'"service:db" -> "volume:dbdata" [style=dashed, arrowhead=none, class="edge-volume"];'
		);
	});

	test('labels depends_on edges with their condition and a class per condition', () => {
		expect(dot).toContain(
			'"service:web" -> "service:api" [label="healthy", class="edge-healthy"];'
		);
		expect(dot).toContain('"service:api" -> "service:db" [label="started", class="edge-started"];');
		expect(dot).toContain('[label="completed", class="edge-completed"]');
	});

	test('escapes quotes and backslashes in labels', () => {
		const graph: ServiceGraph = {
			services: [
				{
					name: 'web',
					image: 'say"hi"\\',
					ports: [],
					networks: [],
					volumes: [],
					profiles: [],
					healthcheck: false,
				},
			],
			dependsOn: [],
			networks: [],
			volumes: [],
		};
		expect(serviceGraphToDot(graph)).toContain('[label="web\\nsay\\"hi\\"\\\\", class="service"]');
	});
});

describe('describeServiceGraph', () => {
	test('describes each service, its links and its storage in plain English', () => {
		expect(describeServiceGraph(getServiceGraph(STACK) as ServiceGraph)).toBe(
			[
				'The Compose file defines 4 services: web, api, db and migrate.',
				'web runs the image nginx:1.30 and publishes ports 8080:80, 127.0.0.1:8443:443 and 5353:53/udp.',
				'It joins the networks front and back.',
				'It starts after api is healthy.',
				'api is built from the project folder.',
				'It joins the network back.',
				'It stores data in the volume uploads.',
				'It has a health check.',
				'It starts after db has started.',
				'db runs the image postgres:17.',
				'It joins the network back.',
				'It stores data in the volume dbdata.',
				'It starts only with the profile data.',
				'It starts after migrate has completed successfully.',
				'migrate is built from ./migrations.',
			].join(' ')
		);
	});

	test('says so when there are no services', () => {
		expect(describeServiceGraph({ services: [], dependsOn: [], networks: [], volumes: [] })).toBe(
			'The Compose file defines no services.'
		);
	});
});
