import { describe, expect, test } from 'vitest';
import {
	describeStageGraph,
	getStageGraph,
	stageGraphToDot,
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

describe('stageGraphToDot', () => {
	const dot = stageGraphToDot(getStageGraph(SPA));

	test('draws left to right with neutral colours', () => {
		expect(dot).toMatch(/^digraph stages \{\n {2}rankdir=LR;/);
		expect(dot).toContain('color="currentColor"');
		expect(dot).not.toMatch(/#[0-9a-f]{3,6}\b/i);
	});

	test('labels stages, marks the final one and dashes external images', () => {
		expect(dot).toContain('stage0 [label="deps\\nFROM node:24-alpine", class="stage"];');
		expect(dot).toContain(
			'stage2 [label="runtime (final)\\nFROM nginx:1.30-alpine", class="stage final", penwidth=2.5];'
		);
		expect(dot).toContain(
			'external0 [label="docker.io/library/busybox:1.36", style="rounded,dashed", class="external"];'
		);
	});

	test('labels each edge once with its kind and class', () => {
		expect(dot).toContain('stage0 -> stage1 [label="FROM", class="edge-from"];');
		expect(dot.match(/stage1 -> stage2/g)).toHaveLength(1);
		expect(dot).toContain('stage1 -> stage2 [label="COPY --from", class="edge-copy-from"];');
		expect(dot).toContain('external0 -> stage2 [label="COPY --from", class="edge-copy-from"];');
		expect(
			stageGraphToDot(
				getStageGraph(
					df('FROM alpine:3.22 AS a', 'FROM alpine:3.22', 'RUN --mount=from=a,target=/a ls')
				)
			)
		).toContain('class="edge-run-mount"');
	});

	test('escapes quotes in labels', () => {
		const graph = {
			stages: [{ index: 0, base: 'a"b', line: 1, baseIsStage: false }],
			edges: [],
			finalIndex: 0,
		};
		expect(stageGraphToDot(graph)).toContain('label="stage 0 (final)\\nFROM a\\"b"');
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
