import { describe, expect, test } from 'vitest';
import { getServiceGraph, serviceGraphToDiagram } from '../../../../src/lib/compose/graph';
import { getStageGraph, stageGraphToDiagram } from '../../../../src/lib/dockerfile/stages';
import {
	type DiagramGraph,
	type DiagramLayout,
	layOutDiagram,
	placeInOrder,
	type Rect,
	segmentHitsRect,
} from '../../../../src/lib/examples/diagram-layout';

const overlap = (a: Rect, b: Rect) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/** Within, give or take a rounding error far below a pixel. */
const inside = (inner: Rect, outer: Rect, e = 0.001) =>
	inner.x >= outer.x - e &&
	inner.y >= outer.y - e &&
	inner.x + inner.width <= outer.x + outer.width + e &&
	inner.y + inner.height <= outer.y + outer.height + e;
/** A text's box: its laid-out width, and from its ascent above the baseline to its descent below. */
const textBox = (t: {
	x: number;
	y: number;
	width: number;
	size: number;
	anchor: string;
}): Rect => ({
	x: t.anchor === 'middle' ? t.x - t.width / 2 : t.x,
	y: t.y - 0.93 * t.size,
	width: t.width,
	height: 1.17 * t.size,
});
const onBorder = ([x, y]: readonly [number, number], b: Rect) =>
	(x === b.x || x === b.x + b.width) && y > b.y && y < b.y + b.height;

/** Everything wrong with a layout, as sentences; empty for a good one. */
function problems(layout: DiagramLayout): string[] {
	const found: string[] = [];
	const { nodes, edges, clusters } = layout;
	const name = (i: number) => nodes[i]!.node.lines[0];
	nodes.forEach((a, i) =>
		nodes.slice(i + 1).forEach((b, j) => {
			if (overlap(a.box, b.box)) found.push(`${name(i)} overlaps ${name(i + j + 1)}`);
		})
	);
	for (const n of nodes) {
		for (const t of n.texts) {
			if (!inside(textBox(t), n.box)) found.push(`"${t.text}" spills out of its box`);
			expect(t.width).toBeCloseTo(Array.from(t.text).length * 0.6 * t.size, 1);
		}
	}
	const boxOf = (id: string) => nodes.find((n) => n.node.id === id)!.box;
	for (const e of edges) {
		const [first, last] = [e.points[0]!, e.points.at(-1)!];
		const ends = [boxOf(e.edge.from), boxOf(e.edge.to)];
		if (!ends.some((b) => onBorder(first, b)) || !ends.some((b) => onBorder(last, b)))
			found.push(`${e.edge.from} -> ${e.edge.to} does not run from border to border`);
		// Left to right: the drawn line only ever moves right, and crosses no box.
		e.points.slice(1).forEach((q, k) => {
			const p = e.points[k]!;
			if (q[0] < p[0]) found.push(`${e.edge.from} -> ${e.edge.to} runs right to left`);
			for (const n of nodes) {
				const b = n.box;
				const shrunk = { x: b.x + 1, y: b.y + 1, width: b.width - 2, height: b.height - 2 };
				if (segmentHitsRect(p, q, shrunk))
					found.push(`${e.edge.from} -> ${e.edge.to} crosses ${n.node.lines[0]}`);
			}
		});
		if (e.label) {
			if (!inside(textBox(e.label), e.label.box)) found.push(`"${e.label.text}" spills`);
			for (const n of nodes) {
				if (overlap(e.label.box, n.box)) found.push(`"${e.label.text}" covers ${n.node.lines[0]}`);
			}
			for (const other of edges) {
				if (other !== e && other.label && overlap(e.label.box, other.label.box))
					found.push(`"${e.label.text}" covers "${other.label.text}"`);
				other.points.slice(1).forEach((q, k) => {
					if (segmentHitsRect(other.points[k]!, q, e.label!.box))
						found.push(`"${e.label!.text}" is crossed by a line`);
				});
			}
		}
	}
	for (const c of clusters) {
		if (!inside(textBox(c.label), c.box)) found.push(`"${c.label.text}" spills out of its cluster`);
		for (const n of nodes) {
			const member = n.node.cluster === c.cluster.id;
			if (member && !inside(n.box, c.box))
				found.push(`${n.node.lines[0]} is outside ${c.label.text}`);
			if (!member && overlap(n.box, c.box))
				found.push(`${n.node.lines[0]} is inside ${c.label.text}`);
		}
	}
	const all = [...nodes.map((n) => n.box), ...clusters.map((c) => c.box)];
	for (const b of all) {
		if (!inside(b, { x: 0, y: 0, width: layout.width, height: layout.height }))
			found.push('something is outside the drawing');
	}
	return found;
}

const compose = (yaml: string) => serviceGraphToDiagram(getServiceGraph(yaml)!);
const dockerfile = (text: string) => stageGraphToDiagram(getStageGraph(text));

const GRAPHS: Record<string, DiagramGraph> = {
	'a chain of stages with an image copied from': dockerfile(
		[
			'FROM node:24-alpine AS deps',
			'FROM deps AS build',
			'FROM nginx:1.30-alpine AS runtime',
			'COPY --from=build /app/dist /usr/share/nginx/html',
			'COPY --from=deps /app/node_modules /m',
			'COPY --from=docker.io/library/busybox:1.36 /bin/busybox /bin/busybox',
		].join('\n')
	),
	'two edges between the same stages': dockerfile(
		['FROM alpine:3.22 AS a', 'FROM a AS b', 'COPY --from=a /x /x', 'RUN --mount=from=a ls'].join(
			'\n'
		)
	),
	'services in two networks, with volumes': compose(
		[
			'services:',
			'  web:',
			'    image: nginx:1.30',
			'    ports: ["8080:80", "127.0.0.1:8443:443"]',
			'    networks: [front, back]',
			'    depends_on: { api: { condition: service_healthy } }',
			'  api:',
			'    build: .',
			'    networks: [back]',
			'    depends_on: [db, cache]',
			'    volumes: [uploads:/u]',
			'  cache:',
			'    image: redis:8',
			'    networks: [back]',
			'  db:',
			'    image: postgres:17',
			'    networks: [back]',
			'    volumes: [dbdata:/d]',
			'    depends_on: { migrate: { condition: service_completed_successfully } }',
			'  migrate:',
			'    build: ./migrations',
			'networks: { front: {}, back: {} }',
			'volumes: { dbdata: {}, uploads: {} }',
		].join('\n')
	),
	'a depends_on cycle': compose(
		[
			'services:',
			'  a: { image: x:1, depends_on: [b] }',
			'  b: { image: x:1, depends_on: [c] }',
			'  c: { image: x:1, depends_on: [a] }',
		].join('\n')
	),
	'an edge that skips a rank, and a self-loop': {
		nodes: ['a', 'b', 'c'].map((id) => ({ id, lines: [id], classes: [] })),
		edges: [
			{ from: 'a', to: 'b', label: 'one', classes: [] },
			{ from: 'b', to: 'c', label: 'two', classes: [] },
			{ from: 'a', to: 'c', label: 'skips', classes: [] },
			{ from: 'c', to: 'c', label: 'self', classes: [] },
		],
		clusters: [],
	},
};

describe('layOutDiagram', () => {
	for (const [title, graph] of Object.entries(GRAPHS)) {
		test(`${title}: no overlaps, labels inside their boxes, edges from border to border`, () => {
			expect(problems(layOutDiagram(graph))).toEqual([]);
		});
	}

	test('the checks above catch a bad layout', () => {
		const layout = layOutDiagram(GRAPHS['services in two networks, with volumes']!);
		const [web, api] = layout.nodes;
		const broken: DiagramLayout = {
			...layout,
			nodes: layout.nodes.map((n) =>
				n === api
					? { ...n, box: { ...web!.box } }
					: n === web
						? { ...n, box: { ...n.box, width: 20 } }
						: n
			),
		};
		const found = problems(broken);
		expect(found).toContain('web overlaps api');
		expect(found).toContain('"nginx:1.30" spills out of its box');
		expect(found.some((p) => /does not run from border to border/.test(p))).toBe(true);
	});

	test('draws left to right: each edge ends in a column to the right of where it starts', () => {
		const layout = layOutDiagram(GRAPHS['a chain of stages with an image copied from']!);
		const x = (id: string) => layout.nodes.find((n) => n.node.id === id)!.box.x;
		expect(x('stage0')).toBeLessThan(x('stage1'));
		expect(x('stage1')).toBeLessThan(x('stage2'));
		for (const e of layout.edges) expect(e.points.at(-1)![0]).toBeGreaterThan(e.points[0]![0]);
	});

	test('an edge closing a cycle is drawn against the flow, with its arrowhead at its start', () => {
		const layout = layOutDiagram(GRAPHS['a depends_on cycle']!);
		expect(layout.edges.map((e) => e.arrow).sort()).toEqual(['end', 'end', 'start']);
	});

	test('leaves out a self-loop and an edge to an unknown box', () => {
		const graph = GRAPHS['an edge that skips a rank, and a self-loop']!;
		const layout = layOutDiagram({
			...graph,
			edges: [...graph.edges, { from: 'a', to: 'nowhere', classes: [] }],
		});
		expect(layout.edges.map((e) => e.edge.label)).toEqual(['one', 'two', 'skips']);
	});

	test('is stable: the same graph gives the same layout', () => {
		const graph = GRAPHS['services in two networks, with volumes']!;
		expect(layOutDiagram(structuredClone(graph))).toEqual(layOutDiagram(graph));
	});
});

describe('placeInOrder', () => {
	test('keeps the desired centres when they are far enough apart', () => {
		expect(placeInOrder([0, 50, 100], [0, 30, 30])).toEqual([0, 50, 100]);
	});

	test('spreads centres that are too close evenly around where they wanted to be', () => {
		expect(placeInOrder([0, 0], [0, 50])).toEqual([-25, 25]);
		expect(placeInOrder([10, 0, 5], [0, 30, 30])).toEqual([-25, 5, 35]);
	});
});

describe('segmentHitsRect', () => {
	const rect = { x: 0, y: 0, width: 10, height: 10 };
	test('a segment through the rectangle hits it', () => {
		expect(segmentHitsRect([-5, 5], [15, 5], rect)).toBe(true);
		expect(segmentHitsRect([-5, -5], [15, 15], rect)).toBe(true);
	});
	test('a segment beside or short of the rectangle misses it', () => {
		expect(segmentHitsRect([-5, 12], [15, 12], rect)).toBe(false);
		expect(segmentHitsRect([-5, 5], [-1, 5], rect)).toBe(false);
		expect(segmentHitsRect([-5, 8], [5, 18], { x: 0, y: 0, width: 2, height: 2 })).toBe(false);
	});
});
