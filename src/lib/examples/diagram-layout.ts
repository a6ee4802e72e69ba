/**
 * A small layered layout for the example diagrams (2–10 boxes), drawn left to right: ranks by
 * longest path, boxes ordered within a rank by the barycentre of their neighbours, each network
 * cluster in a band of its own, edges that leave the right border of a box and enter the left
 * border of the next, and edge labels placed where they cross no box, line or other label.
 * Pure and deterministic: the same graph gives the same positions, in CSS pixels.
 */

/** One box. */
export interface DiagramNode {
	/** Unique within the graph; never drawn. */
	id: string;
	/** The label, one line each, centred; the first is the box's name. */
	lines: string[];
	/** Classes for CSS, e.g. `service` or `stage final`; the group also gets `node`. */
	classes: string[];
	shape?: 'box' | 'cylinder';
	dashed?: boolean;
	/** A thicker border (the final stage). */
	bold?: boolean;
	/** The id of the cluster the box is drawn in. */
	cluster?: string;
}

export interface DiagramEdge {
	from: string;
	to: string;
	label?: string;
	/** Classes for CSS, e.g. `edge-healthy`; the group also gets `edge`. */
	classes: string[];
	dashed?: boolean;
	/** An arrowhead at `to`; true unless false. */
	arrow?: boolean;
}

/** A dashed rounded rectangle around its member boxes, labelled at its top left. */
export interface DiagramCluster {
	id: string;
	label: string;
	classes: string[];
}

export interface DiagramGraph {
	nodes: DiagramNode[];
	edges: DiagramEdge[];
	clusters: DiagramCluster[];
}

/** An axis-aligned rectangle: left, top, width, height. */
export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** One line of text: centred on x (or starting there), with its baseline at y. */
export interface PlacedText {
	text: string;
	x: number;
	y: number;
	size: number;
	anchor: 'middle' | 'start';
	/** The width the text is drawn at: characters × 0.6 em, as a monospace font advances. */
	width: number;
}

export interface PlacedNode {
	node: DiagramNode;
	box: Rect;
	texts: PlacedText[];
}

export type Point = readonly [number, number];

export interface PlacedEdge {
	edge: DiagramEdge;
	/** A polyline from one box border to the other. */
	points: Point[];
	/** Where the arrowhead goes: the polyline runs against the edge when the edge closes a cycle. */
	arrow: 'start' | 'end' | 'none';
	label?: PlacedText & { box: Rect };
}

export interface PlacedCluster {
	cluster: DiagramCluster;
	box: Rect;
	label: PlacedText;
}

export interface DiagramLayout {
	width: number;
	height: number;
	clusters: PlacedCluster[];
	nodes: PlacedNode[];
	edges: PlacedEdge[];
}

/** A monospace font advances 0.6 em a character (Courier exactly; others are pinned to it). */
export const MONOSPACE_ADVANCE = 0.6;
export const NODE_FONT_PX = 14;
export const EDGE_FONT_PX = 12;
export const CLUSTER_FONT_PX = 12;
/** The length and half width of an arrowhead. */
export const ARROW = { length: 8, half: 4 } as const;

const LINE_HEIGHT = 18;
const NODE_PAD_X = 10;
const NODE_PAD_Y = 7;
/** How far a volume's top and bottom ellipses reach into its box. */
export const CYLINDER_RY = 5;
/** Between boxes of a rank, and around a dummy point a long edge passes through. */
const NODE_GAP = 18;
const DUMMY_GAP = 10;
/** An edge runs straight this far out of its box's column, and this far into the next one's. */
const EXIT = 10;
const ENTRY = 14;
const MIN_GAP = 48;
const LABEL_MARGIN = 4;
const CLUSTER_PAD = 12;
const CLUSTER_TITLE = 22;
const BAND_GAP = 20;
const MARGIN = 4;

/** The width of a text in a monospace font of the given size. */
export function textWidth(text: string, size: number): number {
	return Array.from(text).length * MONOSPACE_ADVANCE * size;
}

/** Round to a tenth of a pixel: finer is invisible and costs bytes. */
export const tenth = (n: number) => Math.round(n * 10) / 10;

interface Vertex {
	/** Index into graph.nodes, or -1 for a point a long edge passes through. */
	node: number;
	rank: number;
	band: number;
	width: number;
	height: number;
	/** Centre, filled in by the layout. */
	x: number;
	y: number;
}

interface Route {
	edge: number;
	/** Vertices from the drawn start to the drawn end (reversed for an edge closing a cycle). */
	path: number[];
	reversed: boolean;
}

function nodeSize(node: DiagramNode): { width: number; height: number } {
	const text = Math.max(...node.lines.map((line) => textWidth(line, NODE_FONT_PX)), 0);
	const extra = node.shape === 'cylinder' ? 3 * CYLINDER_RY : 0;
	return {
		width: Math.ceil(text + 2 * NODE_PAD_X),
		height: node.lines.length * LINE_HEIGHT + 2 * NODE_PAD_Y + extra,
	};
}

/** Edges in an order that makes the graph acyclic: DFS in node order, back edges reversed. */
function acyclic(count: number, edges: [number, number][]): boolean[] {
	const out: number[][] = Array.from({ length: count }, () => []);
	edges.forEach(([from], i) => out[from]!.push(i));
	const state = new Array<0 | 1 | 2>(count).fill(0);
	const reversed = new Array<boolean>(edges.length).fill(false);
	const visit = (v: number) => {
		state[v] = 1;
		for (const i of out[v]!) {
			const to = edges[i]![1];
			if (state[to] === 1) reversed[i] = true;
			else if (state[to] === 0) visit(to);
		}
		state[v] = 2;
	};
	for (let v = 0; v < count; v++) if (state[v] === 0) visit(v);
	return reversed;
}

/** Longest-path ranks; a box nothing points at moves right to sit just before its first successor. */
function ranks(count: number, arcs: [number, number][]): number[] {
	const rank = new Array<number>(count).fill(0);
	const incoming = new Array<number>(count).fill(0);
	const out: number[][] = Array.from({ length: count }, () => []);
	for (const [from, to] of arcs) {
		out[from]!.push(to);
		incoming[to]!++;
	}
	const queue = [...rank.keys()].filter((v) => incoming[v] === 0);
	const order: number[] = [];
	for (let i = 0; i < queue.length; i++) {
		const v = queue[i]!;
		order.push(v);
		for (const to of out[v]!) {
			rank[to] = Math.max(rank[to]!, rank[v]! + 1);
			if (--incoming[to]! === 0) queue.push(to);
		}
	}
	for (const [v] of rank.entries()) {
		const hasIn = arcs.some(([, to]) => to === v);
		if (!hasIn && out[v]!.length > 0) rank[v] = Math.min(...out[v]!.map((to) => rank[to]!)) - 1;
	}
	const least = Math.min(...rank, 0);
	return rank.map((r) => r - least);
}

/** Crossings between two adjacent layers, for keeping the best ordering seen. */
function crossings(
	layers: number[][],
	position: number[],
	arcs: [number, number][],
	rank: (v: number) => number
): number {
	let total = 0;
	for (let r = 0; r + 1 < layers.length; r++) {
		const between = arcs.filter(([a]) => rank(a) === r);
		for (let i = 0; i < between.length; i++) {
			for (let j = i + 1; j < between.length; j++) {
				const [a1, b1] = between[i]!;
				const [a2, b2] = between[j]!;
				if ((position[a1]! - position[a2]!) * (position[b1]! - position[b2]!) < 0) total++;
			}
		}
	}
	return total;
}

/**
 * Centres as close as possible (least squares) to the desired ones, in their order, each at least
 * `gaps[i]` below the one before (`gaps[0]` is unused): an isotonic regression, solved by
 * pooling adjacent violators.
 */
export function placeInOrder(desired: number[], gaps: number[]): number[] {
	const offsets = desired.map((_, i) => gaps.slice(1, i + 1).reduce((sum, g) => sum + g, 0));
	const blocks: { sum: number; count: number }[] = [];
	for (const [i, d] of desired.entries()) {
		blocks.push({ sum: d - offsets[i]!, count: 1 });
		while (blocks.length > 1) {
			const last = blocks.at(-1)!;
			const before = blocks.at(-2)!;
			if (before.sum / before.count <= last.sum / last.count) break;
			blocks.pop();
			before.sum += last.sum;
			before.count += last.count;
		}
	}
	const out: number[] = [];
	for (const block of blocks) {
		for (let k = 0; k < block.count; k++) out.push(block.sum / block.count + offsets[out.length]!);
	}
	return out;
}

/**
 * One line for the edges that join the same two boxes the same way (a stage that is both the
 * base of another and copied from by it): their labels joined, their classes together. Two lines
 * that close together leave no room between them for two labels.
 */
function mergeParallel(edges: DiagramEdge[]): DiagramEdge[] {
	const byEnds = new Map<string, DiagramEdge>();
	for (const edge of edges) {
		const key = JSON.stringify([edge.from, edge.to, edge.dashed === true, edge.arrow !== false]);
		const same = byEnds.get(key);
		if (!same) {
			byEnds.set(key, { ...edge, classes: [...edge.classes] });
			continue;
		}
		if (edge.label) same.label = same.label ? `${same.label}, ${edge.label}` : edge.label;
		for (const c of edge.classes) if (!same.classes.includes(c)) same.classes.push(c);
	}
	return [...byEnds.values()];
}

/** Lay out a graph left to right. */
export function layOutDiagram(graph: DiagramGraph): DiagramLayout {
	const index = new Map(graph.nodes.map((n, i) => [n.id, i]));
	const clusterIndex = new Map(graph.clusters.map((c, i) => [c.id, i]));
	const bandOf = (node: DiagramNode) =>
		clusterIndex.get(node.cluster ?? '') ?? graph.clusters.length;

	// Edges between known, distinct boxes; a self-loop has no place in a left-to-right drawing.
	const drawn = mergeParallel(graph.edges);
	const kept = drawn.flatMap((edge, i) => {
		const from = index.get(edge.from);
		const to = index.get(edge.to);
		return from === undefined || to === undefined || from === to
			? []
			: [{ edge: i, ends: [from, to] as [number, number] }];
	});
	const reversed = acyclic(
		graph.nodes.length,
		kept.map((k) => k.ends)
	);
	const arcs = kept.map(
		(k, i) => (reversed[i] ? [k.ends[1], k.ends[0]] : k.ends) as [number, number]
	);
	const rank = ranks(graph.nodes.length, arcs);

	const vertices: Vertex[] = graph.nodes.map((node, i) => ({
		node: i,
		rank: rank[i]!,
		band: bandOf(node),
		...nodeSize(node),
		x: 0,
		y: 0,
	}));
	// A long edge passes through a point in each rank between its ends, placed like a small box.
	const routes: Route[] = kept.map((k, i) => {
		const [from, to] = arcs[i]!;
		const path = [from];
		for (let r = rank[from]! + 1; r < rank[to]!; r++) {
			vertices.push({
				node: -1,
				rank: r,
				band: vertices[from]!.band,
				width: 0,
				height: 4,
				x: 0,
				y: 0,
			});
			path.push(vertices.length - 1);
		}
		path.push(to);
		return { edge: k.edge, path, reversed: reversed[i]! };
	});
	const links: [number, number][] = routes.flatMap((route) =>
		route.path.slice(1).map((v, i) => [route.path[i]!, v] as [number, number])
	);

	const rankCount = Math.max(...vertices.map((v) => v.rank), 0) + 1;
	const layers: number[][] = Array.from({ length: rankCount }, () => []);
	for (const [v, vertex] of vertices.entries()) layers[vertex.rank]!.push(v);
	const position = new Array<number>(vertices.length).fill(0);
	const reindex = () =>
		layers.forEach((layer) => {
			layer.sort((a, b) => vertices[a]!.band - vertices[b]!.band || position[a]! - position[b]!);
			layer.forEach((v, i) => (position[v] = i));
		});
	vertices.forEach((_, v) => (position[v] = v));
	reindex();

	const predecessors: number[][] = vertices.map(() => []);
	const successors: number[][] = vertices.map(() => []);
	for (const [a, b] of links) {
		successors[a]!.push(b);
		predecessors[b]!.push(a);
	}
	const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;

	// Barycentre ordering, sweeping right then left, keeping the order with the fewest crossings.
	const rankOf = (v: number) => vertices[v]!.rank;
	let best = {
		crossings: crossings(layers, position, links, rankOf),
		layers: layers.map((l) => [...l]),
	};
	for (let sweep = 0; sweep < 8 && best.crossings > 0; sweep++) {
		const down = sweep % 2 === 0;
		const neighbours = down ? predecessors : successors;
		const order = down ? [...layers.keys()] : [...layers.keys()].reverse();
		for (const r of order) {
			const key = new Map(
				layers[r]!.map((v) => {
					const near = neighbours[v]!;
					return [v, near.length > 0 ? mean(near.map((n) => position[n]!)) : position[v]!];
				})
			);
			layers[r]!.sort(
				(a, b) =>
					vertices[a]!.band - vertices[b]!.band ||
					key.get(a)! - key.get(b)! ||
					position[a]! - position[b]!
			);
			layers[r]!.forEach((v, i) => (position[v] = i));
		}
		const count = crossings(layers, position, links, rankOf);
		if (count < best.crossings) best = { crossings: count, layers: layers.map((l) => [...l]) };
	}
	best.layers.forEach((layer, r) => {
		layers[r] = layer;
		layer.forEach((v, i) => (position[v] = i));
	});

	// Vertical positions, band by band: each box as near its neighbours as the gaps allow.
	const bands = [...new Set(vertices.map((v) => v.band))].sort((a, b) => a - b);
	const gapBetween = (a: number, b: number) =>
		(vertices[a]!.height + vertices[b]!.height) / 2 +
		(vertices[a]!.node < 0 || vertices[b]!.node < 0 ? DUMMY_GAP : NODE_GAP);
	let top = 0;
	const bandTop = new Map<number, number>();
	for (const band of bands) {
		const inBand = layers.map((layer) => layer.filter((v) => vertices[v]!.band === band));
		const sameBand = (list: number[][], v: number) =>
			list[v]!.filter((n) => vertices[n]!.band === band);
		const settle = (layer: number[], desired: number[]) => {
			const gaps = layer.map((v, i) => (i === 0 ? 0 : gapBetween(layer[i - 1]!, v)));
			placeInOrder(desired, gaps).forEach((y, i) => (vertices[layer[i]!]!.y = y));
		};
		for (const layer of inBand)
			settle(
				layer,
				layer.map(() => 0)
			);
		for (let pass = 0; pass < 6; pass++) {
			const down = pass % 2 === 0;
			const order = down ? [...inBand.keys()] : [...inBand.keys()].reverse();
			for (const r of order) {
				const layer = inBand[r]!;
				const desired = layer.map((v) => {
					const near =
						pass < 2
							? sameBand(down ? predecessors : successors, v)
							: [...sameBand(predecessors, v), ...sameBand(successors, v)];
					return near.length > 0 ? mean(near.map((n) => vertices[n]!.y)) : vertices[v]!.y;
				});
				settle(layer, desired);
			}
		}
		const members = inBand.flat();
		const highest = Math.min(...members.map((v) => vertices[v]!.y - vertices[v]!.height / 2));
		const lowest = Math.max(...members.map((v) => vertices[v]!.y + vertices[v]!.height / 2));
		const clustered = band < graph.clusters.length;
		const shift = top + (clustered ? CLUSTER_TITLE + CLUSTER_PAD : 0) - highest;
		for (const v of members) vertices[v]!.y = Math.round(vertices[v]!.y + shift);
		bandTop.set(band, top);
		top += lowest - highest + (clustered ? CLUSTER_TITLE + 2 * CLUSTER_PAD : 0) + BAND_GAP;
	}

	// Columns: as wide as their widest box, with room between them for the widest label there.
	const labelWidth = (route: Route) => {
		const label = drawn[route.edge]!.label;
		return label ? textWidth(label, EDGE_FONT_PX) : 0;
	};
	const columnWidth = layers.map((layer) => Math.max(20, ...layer.map((v) => vertices[v]!.width)));
	const clusterMargin = graph.clusters.length > 0 ? CLUSTER_PAD : 0;
	const gapWidth = layers.slice(1).map((_, r) => {
		const widest = Math.max(
			0,
			...routes.filter((route) => rankOf(route.path[0]!) === r).map(labelWidth)
		);
		const room = widest > 0 ? widest + 2 * (LABEL_MARGIN + clusterMargin) + 8 : 0;
		return Math.ceil(Math.max(MIN_GAP + 2 * clusterMargin, EXIT + ENTRY + room));
	});
	const columnLeft: number[] = [];
	let left = 0;
	for (const [r, width] of columnWidth.entries()) {
		columnLeft.push(left);
		left += width + (gapWidth[r] ?? 0);
	}
	for (const vertex of vertices) {
		vertex.x = Math.round(columnLeft[vertex.rank]! + columnWidth[vertex.rank]! / 2);
	}
	const columnRight = (r: number) => columnLeft[r]! + columnWidth[r]!;

	const boxOf = (v: number): Rect => {
		const { x, y, width, height } = vertices[v]!;
		return { x: Math.round(x - width / 2), y: Math.round(y - height / 2), width, height };
	};
	const nodes: PlacedNode[] = graph.nodes.map((node, v) => {
		const box = boxOf(v);
		const first = box.y + NODE_PAD_Y + (node.shape === 'cylinder' ? 2 * CYLINDER_RY : 0);
		return {
			node,
			box,
			texts: node.lines.map((text, i) => ({
				text,
				x: box.x + box.width / 2,
				y: first + i * LINE_HEIGHT + 13,
				size: NODE_FONT_PX,
				anchor: 'middle',
				width: tenth(textWidth(text, NODE_FONT_PX)),
			})),
		};
	});

	// Ports: the edges leaving a box share its right border, those entering its left one,
	// spread in the order of where they go, so no two start or end at one point.
	const portY = new Map<string, number>();
	const spread = (v: number, side: 'out' | 'in') => {
		const ends = routes
			.map((route, i) => ({ route, i }))
			.filter(({ route }) => (side === 'out' ? route.path[0] : route.path.at(-1)) === v)
			.map(({ route, i }) => {
				const next = side === 'out' ? route.path[1]! : route.path.at(-2)!;
				return { i, toward: vertices[next]!.y, at: position[next]! };
			})
			.sort((a, b) => a.toward - b.toward || a.at - b.at || a.i - b.i);
		const box = boxOf(v);
		const inset = graph.nodes[v]!.shape === 'cylinder' ? 2 * CYLINDER_RY : 0;
		const span = box.height - 2 * inset;
		ends.forEach(({ i }, k) =>
			portY.set(`${side}${i}`, Math.round(box.y + inset + (span * (k + 1)) / (ends.length + 1)))
		);
	};
	for (let v = 0; v < graph.nodes.length; v++) {
		spread(v, 'out');
		spread(v, 'in');
	}

	const edges: PlacedEdge[] = routes.map((route, i) => {
		const edge = drawn[route.edge]!;
		const points: [number, number][] = [];
		route.path.forEach((v, k) => {
			const vertex = vertices[v]!;
			const r = vertex.rank;
			if (k === 0) {
				const y = portY.get(`out${i}`)!;
				points.push([boxOf(v).x + vertex.width, y], [columnRight(r) + EXIT, y]);
			} else if (k === route.path.length - 1) {
				const y = portY.get(`in${i}`)!;
				points.push([columnLeft[r]! - ENTRY, y], [boxOf(v).x, y]);
			} else {
				points.push([columnLeft[r]! - ENTRY, vertex.y], [columnRight(r) + EXIT, vertex.y]);
			}
		});
		// Two points in a row at one place say nothing: a box as wide as its column.
		const distinct = points.filter(
			(p, k) => k === 0 || p[0] !== points[k - 1]![0] || p[1] !== points[k - 1]![1]
		);
		const arrow = edge.arrow === false ? 'none' : route.reversed ? 'start' : 'end';
		return { edge, points: distinct, arrow };
	});

	// Clusters: around their members, with room at the top for the title.
	const clusters: PlacedCluster[] = graph.clusters.flatMap((cluster, c) => {
		const members = nodes.filter((n) => n.node.cluster === cluster.id).map((n) => n.box);
		if (members.length === 0) return [];
		const title = cluster.label;
		const x = Math.min(...members.map((b) => b.x)) - CLUSTER_PAD;
		const right = Math.max(...members.map((b) => b.x + b.width)) + CLUSTER_PAD;
		const width = Math.max(
			right - x,
			Math.ceil(textWidth(title, CLUSTER_FONT_PX)) + 2 * CLUSTER_PAD
		);
		const y = bandTop.get(c)!;
		const bottom = Math.max(...members.map((b) => b.y + b.height)) + CLUSTER_PAD;
		return [
			{
				cluster,
				box: { x, y, width, height: bottom - y },
				label: {
					text: title,
					x: x + CLUSTER_PAD,
					y: y + 17,
					size: CLUSTER_FONT_PX,
					anchor: 'start' as const,
					width: tenth(textWidth(title, CLUSTER_FONT_PX)),
				},
			},
		];
	});

	placeEdgeLabels(edges, routes, nodes, clusters, (route) => {
		const r = rankOf(route.path[0]!);
		return [columnRight(r) + EXIT + clusterMargin, columnLeft[r + 1]! - ENTRY - clusterMargin];
	});

	return frame({ clusters, nodes, edges });
}

const overlaps = (a: Rect, b: Rect) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Whether the segment from p to q passes through the rectangle. */
export function segmentHitsRect(p: Point, q: Point, r: Rect): boolean {
	// Clip the segment to the rectangle (Liang–Barsky).
	let t0 = 0;
	let t1 = 1;
	const dx = q[0] - p[0];
	const dy = q[1] - p[1];
	const edges: [number, number][] = [
		[-dx, p[0] - r.x],
		[dx, r.x + r.width - p[0]],
		[-dy, p[1] - r.y],
		[dy, r.y + r.height - p[1]],
	];
	for (const [step, room] of edges) {
		if (step === 0) {
			if (room < 0) return false;
			continue;
		}
		const t = room / step;
		if (step < 0) t0 = Math.max(t0, t);
		else t1 = Math.min(t1, t);
		if (t0 > t1) return false;
	}
	return true;
}

function segmentsOf(points: Point[]): [Point, Point][] {
	return points.slice(1).map((q, i) => [points[i]!, q]);
}

function rectLines(r: Rect): [Point, Point][] {
	const { x, y, width: w, height: h } = r;
	return segmentsOf([
		[x, y],
		[x + w, y],
		[x + w, y + h],
		[x, y + h],
		[x, y],
	]);
}

/**
 * Put each edge label beside its edge, in the gap after the edge's first column, where it
 * crosses no box, no line (edges and cluster borders) and no label placed before it: the
 * first of a few places along the line, above then below, that is clear, else the least bad.
 */
function placeEdgeLabels(
	edges: PlacedEdge[],
	routes: Route[],
	nodes: PlacedNode[],
	clusters: PlacedCluster[],
	region: (route: Route) => [number, number]
): void {
	const boxes = [
		...nodes.map((n) => n.box),
		...clusters.map((c) => ({
			x: c.label.x - 2,
			y: c.label.y - c.label.size,
			width: c.label.width + 4,
			height: c.label.size * 1.3,
		})),
	];
	const lines = [
		...edges.flatMap((e) => segmentsOf(e.points)),
		...clusters.flatMap((c) => rectLines(c.box)),
	];
	const placed: Rect[] = [];
	edges.forEach((placedEdge, i) => {
		const text = placedEdge.edge.label;
		if (!text) return;
		const size = EDGE_FONT_PX;
		const width = textWidth(text, size);
		const height = Math.ceil(size * 1.25);
		const [from, to] = region(routes[i]!);
		// The segment crossing the gap: the first one that leaves the source's column.
		const segment = segmentsOf(placedEdge.points).find(
			([p, q]) => p[0] < q[0] && p[0] <= from && q[0] >= to
		);
		if (!segment) return;
		const [p, q] = segment;
		const yAt = (x: number) => p[1] + ((q[1] - p[1]) * (x - p[0])) / (q[0] - p[0]);
		let choice: { rect: Rect; hits: number } | undefined;
		for (const t of [0.5, 0.3, 0.7, 0.15, 0.85, 0, 1]) {
			const x = Math.round(from + (to - from - width) * t);
			const ys = [yAt(x), yAt(x + width)];
			for (const y of [Math.floor(Math.min(...ys)) - 3 - height, Math.ceil(Math.max(...ys)) + 3]) {
				const rect = { x, y, width: tenth(width), height };
				const hits =
					boxes.filter((b) => overlaps(b, rect)).length +
					placed.filter((b) => overlaps(b, rect)).length +
					lines.filter(([a, b]) => segmentHitsRect(a, b, rect)).length;
				if (!choice || hits < choice.hits) choice = { rect, hits };
				if (hits === 0) break;
			}
			if (choice?.hits === 0) break;
		}
		const { rect } = choice!;
		placed.push(rect);
		placedEdge.label = {
			text,
			x: tenth(rect.x + width / 2),
			y: tenth(rect.y + size * 0.95),
			size,
			anchor: 'middle',
			width: tenth(width),
			box: rect,
		};
	});
}

/** Move everything so the drawing starts at a small margin, and measure it. */
function frame(parts: Omit<DiagramLayout, 'width' | 'height'>): DiagramLayout {
	const rects = [
		...parts.nodes.map((n) => n.box),
		...parts.clusters.map((c) => c.box),
		...parts.edges.flatMap((e) => (e.label ? [e.label.box] : [])),
	];
	const minX = Math.floor(Math.min(...rects.map((r) => r.x)));
	const minY = Math.floor(Math.min(...rects.map((r) => r.y)));
	const maxX = Math.ceil(Math.max(...rects.map((r) => r.x + r.width)));
	const maxY = Math.ceil(Math.max(...rects.map((r) => r.y + r.height)));
	const dx = MARGIN - minX;
	const dy = MARGIN - minY;
	const rect = (r: Rect): Rect => ({ ...r, x: tenth(r.x + dx), y: tenth(r.y + dy) });
	const text = <T extends PlacedText>(t: T): T => ({
		...t,
		x: tenth(t.x + dx),
		y: tenth(t.y + dy),
	});
	return {
		width: maxX - minX + 2 * MARGIN,
		height: maxY - minY + 2 * MARGIN,
		clusters: parts.clusters.map((c) => ({ ...c, box: rect(c.box), label: text(c.label) })),
		nodes: parts.nodes.map((n) => ({ ...n, box: rect(n.box), texts: n.texts.map(text) })),
		edges: parts.edges.map((e) => ({
			...e,
			points: e.points.map(([x, y]) => [tenth(x + dx), tenth(y + dy)] as const),
			...(e.label ? { label: { ...text(e.label), box: rect(e.label.box) } } : {}),
		})),
	};
}
