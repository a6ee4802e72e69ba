import { describe, expect, test } from 'vitest';
import {
	describeStageGraph,
	getStageGraph,
	stageGraphToDiagram,
} from '../../../../src/lib/dockerfile/stages.ts';
import { dockerfile as df } from './helpers.ts';

const SPA = df(
	'# syntax=docker/dockerfile:1',
	'FROM node:24-alpine AS deps',
	'COPY package.json package-lock.json ./',
	'RUN npm ci',
	'FROM deps AS build',
	'COPY . .',
	'RUN npm run build',
	'FROM nginx:1.30-alpine AS runtime',
	'COPY --from=build /app/dist /usr/share/nginx/html',
	'COPY --from=build /app/robots.txt /usr/share/nginx/html/',
	'COPY --from=docker.io/library/busybox:1.36 /bin/busybox /bin/busybox'
);

describe('getStageGraph', () => {
	test('lists stages with their base, line and whether the base is a stage', () => {
		expect(getStageGraph(SPA).stages).toEqual([
			{ index: 0, name: 'deps', base: 'node:24-alpine', line: 2, baseIsStage: false },
			{ index: 1, name: 'build', base: 'deps', line: 5, baseIsStage: true },
			{ index: 2, name: 'runtime', base: 'nginx:1.30-alpine', line: 8, baseIsStage: false },
		]);
	});

	test('lists FROM, COPY --from and external edges, and the final stage', () => {
		const graph = getStageGraph(SPA);
		expect(graph.finalIndex).toBe(2);
		expect(graph.edges).toEqual([
			{ from: 'deps', to: 1, kind: 'FROM', external: false, line: 5 },
			{ from: 'build', to: 2, kind: 'COPY --from', external: false, line: 9 },
			{ from: 'build', to: 2, kind: 'COPY --from', external: false, line: 10 },
			{
				from: 'docker.io/library/busybox:1.36',
				to: 2,
				kind: 'COPY --from',
				external: true,
				line: 11,
			},
		]);
	});

	test('resolves stage indexes and RUN --mount sources', () => {
		const graph = getStageGraph(
			df(
				'FROM golang:1.26',
				'RUN go build -o /app',
				'FROM alpine:3.22 AS test',
				'RUN --mount=type=bind,from=0,target=/src ls /src',
				'COPY --from=0 /app /app'
			)
		);
		expect(graph.stages[0]).toEqual({ index: 0, base: 'golang:1.26', line: 1, baseIsStage: false });
		expect(graph.edges).toEqual([
			{ from: '0', to: 1, kind: 'RUN --mount', external: false, line: 4 },
			{ from: '0', to: 1, kind: 'COPY --from', external: false, line: 5 },
		]);
	});

	test('returns an empty graph for a snippet without FROM', () => {
		expect(getStageGraph('RUN echo hi\n')).toEqual({ stages: [], edges: [], finalIndex: -1 });
	});
});

describe('stageGraphToDiagram', () => {
	const diagram = stageGraphToDiagram(getStageGraph(SPA));

	test('labels stages, marks the final one bold and dashes external images', () => {
		expect(diagram.nodes).toEqual([
			{ id: 'stage0', lines: ['deps', 'FROM node:24-alpine'], classes: ['stage'] },
			{ id: 'stage1', lines: ['build', 'FROM deps'], classes: ['stage'] },
			{
				id: 'stage2',
				lines: ['runtime (final)', 'FROM nginx:1.30-alpine'],
				classes: ['stage', 'final'],
				bold: true,
			},
			{
				id: 'external0',
				lines: ['docker.io/library/busybox:1.36'],
				classes: ['external'],
				dashed: true,
			},
		]);
		expect(diagram.clusters).toEqual([]);
	});

	test('labels each edge once with its kind and class', () => {
		expect(diagram.edges).toEqual([
			{ from: 'stage0', to: 'stage1', label: 'FROM', classes: ['edge-from'] },
			{ from: 'stage1', to: 'stage2', label: 'COPY --from', classes: ['edge-copy-from'] },
			{ from: 'external0', to: 'stage2', label: 'COPY --from', classes: ['edge-copy-from'] },
		]);
		expect(
			stageGraphToDiagram(
				getStageGraph(
					df('FROM alpine:3.22 AS a', 'FROM alpine:3.22', 'RUN --mount=from=a,target=/a ls')
				)
			).edges.map((e) => e.classes)
		).toEqual([['edge-run-mount']]);
	});

	test('names an unnamed stage by its index', () => {
		const graph = {
			stages: [{ index: 0, base: 'a"b', line: 1, baseIsStage: false }],
			edges: [],
			finalIndex: 0,
		};
		expect(stageGraphToDiagram(graph).nodes[0]?.lines).toEqual(['stage 0 (final)', 'FROM a"b']);
	});
});

describe('describeStageGraph', () => {
	test('describes stages and what each copies, in plain English', () => {
		expect(describeStageGraph(getStageGraph(SPA))).toBe(
			'3 stages: deps (from node:24-alpine), build (from deps), runtime (final, from nginx:1.30-alpine). ' +
				'runtime copies from build and the image docker.io/library/busybox:1.36.'
		);
	});

	test('describes a single unnamed stage and mounts', () => {
		expect(describeStageGraph(getStageGraph(df('FROM alpine:3.22')))).toBe(
			'1 stage: stage 0 (final, from alpine:3.22).'
		);
		const graph = getStageGraph(
			df('FROM alpine:3.22 AS src', 'FROM alpine:3.22 AS app', 'RUN --mount=from=src,target=/s ls')
		);
		expect(describeStageGraph(graph)).toContain('app mounts files from src.');
		const byIndex = getStageGraph(
			df('FROM alpine:3.22', 'FROM alpine:3.22 AS app', 'COPY --from=0 /a /a')
		);
		expect(describeStageGraph(byIndex)).toContain('app copies from stage 0.');
	});

	test('says so when there are no stages', () => {
		expect(describeStageGraph(getStageGraph(''))).toBe('No build stages.');
	});
});
