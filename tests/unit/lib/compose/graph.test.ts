import { describe, expect, test } from 'vitest';
import {
	describeServiceGraph,
	getServiceGraph,
	type ServiceGraph,
	serviceGraphToDiagram,
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

describe('serviceGraphToDiagram', () => {
	const diagram = serviceGraphToDiagram(getServiceGraph(STACK) as ServiceGraph);
	const node = (id: string) => diagram.nodes.find((n) => n.id === id);

	test('draws services as boxes labelled with name, image or build, ports and other networks', () => {
		expect(node('service:web')).toEqual({
			id: 'service:web',
			lines: ['web', 'nginx:1.30', '8080:80, 127.0.0.1:8443:443, 5353:53/udp', 'also on: back'],
			classes: ['service'],
			cluster: 'network:front',
		});
		expect(node('service:api')?.lines).toEqual(['api', 'build: .']);
	});

	test('puts each service in the cluster of its first network only', () => {
		expect(diagram.clusters).toEqual([
			{ id: 'network:front', label: 'network: front', classes: ['network'] },
			{ id: 'network:back', label: 'network: back', classes: ['network'] },
		]);
		expect(node('service:api')?.cluster).toBe('network:back');
		expect(diagram.nodes.filter((n) => n.id === 'service:web')).toHaveLength(1);
	});

	test("draws no cluster for a network that is no service's first, and none for no network", () => {
		const graph = getServiceGraph(
			lines(
				'services:',
				'  a: { image: x:1, networks: [one, two] }',
				'  b: { image: x:1 }',
				'networks: { one: {}, two: {} }'
			)
		) as ServiceGraph;
		const drawn = serviceGraphToDiagram(graph);
		expect(drawn.clusters.map((c) => c.id)).toEqual(['network:one']);
		expect(drawn.nodes.find((n) => n.id === 'service:b')).not.toHaveProperty('cluster');
	});

	test('draws named volumes as cylinders joined by dashed lines without arrowheads', () => {
		expect(node('volume:dbdata')).toEqual({
			id: 'volume:dbdata',
			lines: ['dbdata'],
			classes: ['volume'],
			shape: 'cylinder',
		});
		expect(diagram.edges).toContainEqual({
			from: 'service:db',
			to: 'volume:dbdata',
			classes: ['edge-volume'],
			dashed: true,
			arrow: false,
		});
	});

	test('labels depends_on edges with their condition and a class per condition', () => {
		expect(diagram.edges).toContainEqual({
			from: 'service:web',
			to: 'service:api',
			label: 'healthy',
			classes: ['edge-healthy'],
		});
		expect(diagram.edges).toContainEqual({
			from: 'service:api',
			to: 'service:db',
			label: 'started',
			classes: ['edge-started'],
		});
		expect(diagram.edges.map((e) => e.label)).toContain('completed');
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
