import { describe, expect, test } from 'vitest';
import { getDiagram } from '../../../../src/lib/examples/diagram';

describe('getDiagram', () => {
	test('draws a Dockerfile with two or more stages, with its text alternative', () => {
		const diagram = getDiagram(
			'dockerfile',
			'FROM golang:1.26 AS build\nRUN go build\nFROM alpine:3.22\nCOPY --from=build /out /app\n'
		);
		expect(diagram?.kind).toBe('stages');
		expect(diagram?.caption).toBe('Build stages (2)');
		expect(diagram?.graph.nodes.map((n) => n.id)).toEqual(['stage0', 'stage1']);
		expect(diagram?.description).toBe(
			'2 stages: build (from golang:1.26), stage 1 (final, from alpine:3.22). stage 1 copies from build.'
		);
	});

	test('leaves a single-stage Dockerfile without a diagram', () => {
		expect(getDiagram('dockerfile', 'FROM alpine:3.22\nRUN ls\n')).toBeUndefined();
	});

	test('draws a Compose file with two services, or one with a named volume', () => {
		const two = getDiagram(
			'compose',
			'services:\n  web:\n    image: nginx:1.30\n  db:\n    image: postgres:17\n'
		);
		expect(two?.kind).toBe('services');
		expect(two?.caption).toBe('Services (2)');
		expect(two?.description).toMatch(/^The Compose file defines 2 services: web and db\./);
		const volume = getDiagram(
			'compose',
			'services:\n  db:\n    image: postgres:17\n    volumes: [data:/var/lib/postgresql/data]\nvolumes:\n  data:\n'
		);
		expect(volume?.graph.nodes.map((n) => n.id)).toContain('volume:data');
	});

	test('leaves a one-service Compose file, and unreadable YAML, without a diagram', () => {
		expect(getDiagram('compose', 'services:\n  web:\n    image: nginx:1.30\n')).toBeUndefined();
		expect(getDiagram('compose', 'services: [\n')).toBeUndefined();
	});
});
