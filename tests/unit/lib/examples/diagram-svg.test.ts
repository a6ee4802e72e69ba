import { describe, expect, test } from 'vitest';
import { getDiagram } from '../../../../src/lib/examples/diagram';
import { svgToHast } from '../../../../src/lib/examples/diagram-hast';
import { drawDiagram, svgToString } from '../../../../src/lib/examples/diagram-svg';

const STAGES = getDiagram(
	'dockerfile',
	'FROM golang:1.26 AS build\nRUN go build\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /a /b\nCOPY --from=busybox:1.36 /bin/busybox /bin/\n'
)!;
const SERVICES = getDiagram(
	'compose',
	[
		'services:',
		'  web:',
		'    image: nginx:1.30',
		'    ports: ["8080:80"]',
		'    networks: [front]',
		'    depends_on: { db: { condition: service_healthy } }',
		'  db:',
		'    image: postgres:17',
		'    networks: [front]',
		'    volumes: [dbdata:/var/lib/postgresql/data]',
		'networks: { front: {} }',
		'volumes: { dbdata: {} }',
	].join('\n')
)!;

const draw = (spec: typeof STAGES, labelledBy = 'ex-1-diagram-text') =>
	svgToString(drawDiagram(spec.graph, { labelledBy }));

describe('drawDiagram', () => {
	const stages = draw(STAGES);
	const services = draw(SERVICES);

	test('is one <svg> element, labelled by the text description, without ids or namespaces', () => {
		for (const svg of [stages, services]) {
			expect(svg).toMatch(/^<svg role="img" aria-labelledby="ex-1-diagram-text" /);
			expect(svg.endsWith('</svg>')).toBe(true);
			expect(svg).not.toMatch(/\sid=|xmlns|<title>|<!--/);
		}
	});

	test('paints with currentColor only: text and arrowheads solid, boxes unfilled', () => {
		for (const svg of [stages, services]) {
			expect(svg).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(/i);
			const colours = [...svg.matchAll(/\s(?:fill|stroke)="([^"]*)"/g)].map((m) => m[1]);
			expect(new Set(colours)).toEqual(new Set(['none', 'currentColor']));
			expect(svg).not.toMatch(/<text [^>]*fill="none"/);
			expect(svg).toMatch(/<g class="node[^"]*"><path fill="none" stroke="currentColor"/);
			expect(svg).toMatch(/<polygon fill="currentColor" stroke="currentColor"/);
		}
	});

	test('leaves fonts to CSS and keeps the classes CSS styles', () => {
		expect(stages).not.toContain('font-family');
		expect(stages).toContain('class="node stage final"');
		expect(stages).toContain('class="node external"');
		expect(stages).toContain('class="edge edge-copy-from"');
		expect(services).toContain('class="cluster network"');
		expect(services).toContain('class="node service"');
		expect(services).toContain('class="node volume"');
		expect(services).toContain('class="edge edge-healthy"');
		expect(services).toContain('class="edge edge-volume"');
	});

	test('marks the final stage bold, images copied from and volume lines dashed', () => {
		expect(stages).toMatch(/<g class="node stage final"><path [^>]*stroke-width="2.5"/);
		expect(stages).not.toMatch(/<g class="node stage"><path [^>]*stroke-width/);
		expect(stages).toMatch(/<g class="node external"><path [^>]*stroke-dasharray="5,2"/);
		expect(services).toMatch(/<g class="edge edge-volume"><path [^>]*stroke-dasharray="5,2"/);
		// A volume line has no arrowhead; a depends_on arrow has one.
		expect(services).not.toMatch(/<g class="edge edge-volume">(?:(?!<\/g>).)*<polygon/);
		expect(services).toMatch(/<g class="edge edge-healthy">(?:(?!<\/g>).)*<polygon/);
	});

	test('is sized in CSS pixels: one unit a pixel, the largest text 14 px and none under 11', () => {
		for (const svg of [stages, services]) {
			const [, width, height, w, h] = /width="(\d+)" height="(\d+)" viewBox="0 0 (\d+) (\d+)"/.exec(
				svg
			)!;
			expect([width, height]).toEqual([w, h]);
			const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
			expect(Math.max(...sizes)).toBe(14);
			expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
		}
	});

	test('pins every label to its width in a monospace font (0.6 em a character)', () => {
		const texts = [
			...stages.matchAll(
				/<text [^>]*font-size="(\d+)"[^>]*textLength="([\d.]+)" lengthAdjust="spacingAndGlyphs">([^<]*)<\/text>/g
			),
		];
		expect(texts.map((t) => t[3])).toContain('FROM gcr.io/distroless/static-debian12:nonroot');
		expect(texts).toHaveLength([...stages.matchAll(/<text /g)].length);
		for (const [, size, length, label] of texts) {
			expect(Number(length), label).toBeCloseTo(label!.length * 0.6 * Number(size), 1);
		}
	});

	test('escapes labels: a name cannot open a tag or close an attribute', () => {
		const graph = {
			nodes: [
				{ id: 'a', lines: ['<b>&"x"'], classes: ['service'] },
				{ id: 'b', lines: ['b'], classes: ['service'] },
			],
			edges: [],
			clusters: [],
		};
		const svg = svgToString(drawDiagram(graph, { labelledBy: 'x" onload="y' }));
		expect(svg).toContain('>&lt;b&gt;&amp;"x"</text>');
		expect(svg).toContain('aria-labelledby="x&quot; onload=&quot;y"');
		expect(svg).not.toContain('<b>');
	});

	test('is stable: the same graph draws the same SVG', () => {
		expect(draw(structuredClone(SERVICES))).toBe(services);
	});
});

describe('svgToHast', () => {
	test('names properties as hast does, lists for space-separated values', () => {
		const hast = svgToHast({
			tag: 'svg',
			attributes: [
				['aria-labelledby', 'a'],
				['viewBox', '0 0 2 2'],
			],
			children: [
				{
					tag: 'path',
					attributes: [
						['class', 'node stage'],
						['stroke-dasharray', '5,2'],
						['stroke-width', '2.5'],
					],
					children: [],
				},
				{ tag: 'text', attributes: [['textLength', '3']], children: ['a<b'] },
			],
		});
		expect(hast).toEqual({
			type: 'element',
			tagName: 'svg',
			properties: { ariaLabelledBy: ['a'], viewBox: '0 0 2 2' },
			children: [
				{
					type: 'element',
					tagName: 'path',
					properties: { className: ['node', 'stage'], strokeDashArray: '5,2', strokeWidth: '2.5' },
					children: [],
				},
				{
					type: 'element',
					tagName: 'text',
					properties: { textLength: '3' },
					children: [{ type: 'text', value: 'a<b' }],
				},
			],
		});
	});
});
