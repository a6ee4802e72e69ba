import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { beforeAll, describe, expect, test } from 'vitest';
import { satteriCheckExamples } from '../../../src/plugins/satteri-check-examples';
import { transformerCodeFrame } from '../../../src/plugins/shiki-code-frame';
import { transformerExampleAids } from '../../../src/plugins/shiki-example-aids';
import { analyzeExample, type ExampleAnalysis } from '../../../src/lib/examples/analyze';
import { getDiagram } from '../../../src/lib/examples/diagram';
import { drawDiagram, svgToString } from '../../../src/lib/examples/diagram-svg';
import { createExampleStore } from '../../../src/lib/examples/store';

let render: (markdown: string) => Promise<string>;

beforeAll(async () => {
	// One store, as src/plugins/examples.ts wires it: the check plugin fills it, the highlighter reads it.
	const store = createExampleStore({ base: '/docs/' });
	const processor = await createSatteriMarkdownProcessor({
		mdastPlugins: [satteriCheckExamples({ root: '/project', warn: () => {}, store })],
		shikiConfig: {
			themes: { light: 'github-light', dark: 'github-dark' },
			defaultColor: false,
			transformers: [transformerCodeFrame(), transformerExampleAids({ base: '/docs/', store })],
		},
	});
	render = async (markdown) =>
		(
			await processor.render(markdown, {
				fileURL: new URL('file:///project/content/notes/demo/multi.mdx'),
			})
		).code;
});

const fence = (info: string, ...lines: string[]) => ['```' + info, ...lines, '```', ''].join('\n');

const MULTI_STAGE = fence(
	'dockerfile title="Dockerfile"',
	'FROM node:24-alpine AS build',
	'RUN <<EOF',
	'FROM is text in a heredoc',
	'EOF',
	'',
	'FROM nginx:1.30-alpine',
	'COPY --from=build /app/dist /usr/share/nginx/html'
);

describe('instruction links', () => {
	test('each keyword links to its section of the Dockerfile note, under the base path', async () => {
		const html = await render(MULTI_STAGE);
		const links = [
			...html.matchAll(/<a [^>]*href="([^"]+)"[^>]*class="dn-kw"[^>]*>(\w+)<\/a>/g),
		].map((m) => `${m[2]} ${m[1]}`);
		expect(links).toEqual([
			'FROM /docs/notes/dockerfile/#from',
			'RUN /docs/notes/dockerfile/#run',
			'FROM /docs/notes/dockerfile/#from',
			'COPY /docs/notes/dockerfile/#copy',
		]);
	});

	test('a link carries the instruction summary as its title', async () => {
		const html = await render(MULTI_STAGE);
		expect(html).toMatch(
			/href="\/docs\/notes\/dockerfile\/#from" title="Starts a build stage on top of a base image or an earlier stage\."/
		);
	});
});

describe('line anchors and layer marks', () => {
	test('every line of an example has an id made of the note slug, the example number and the line', async () => {
		const html = await render(
			fence('console', '$ docker ps') + '\n' + MULTI_STAGE + '\n' + MULTI_STAGE
		);
		const ids = [...html.matchAll(/ id="(ex-[^"]+)"/g)].map((m) => m[1]);
		expect(ids.filter((id) => id!.startsWith('ex-multi-1-L'))).toHaveLength(7);
		expect(ids).toContain('ex-multi-2-L7');
		// The console block is no example: no anchors, and it does not count.
		expect(ids).not.toContain('ex-multi-3-L1');
	});

	test('RUN, COPY and ADD lines are marked as layers, others as metadata, with a legend', async () => {
		const html = await render(MULTI_STAGE);
		expect(html).toMatch(/<span class="line dn-meta dn-ins" id="ex-multi-1-L1">/);
		expect(html).toMatch(/<span class="line dn-layer dn-ins" id="ex-multi-1-L2">/);
		expect(html).toMatch(/<span class="line dn-layer" id="ex-multi-1-L3">/);
		expect(html).toMatch(/<span class="line" id="ex-multi-1-L5">/);
		expect(html).toContain('<span class="dn-legend-layer">adds a layer (RUN, COPY, ADD)</span>');
	});

	test('a one-instruction fragment gets no legend', async () => {
		const html = await render(fence('dockerfile fragment', 'RUN apt-get update'));
		expect(html).toContain('Dockerfile fragment checked: syntax, BuildKit rules');
		expect(html).not.toContain('dn-legend');
	});
});

describe('badges and notes beside a block', () => {
	test('a checked block says what was checked', async () => {
		expect(await render(MULTI_STAGE)).toContain(
			'<span class="dn-checked">Dockerfile checked: syntax, stages, BuildKit rules</span>'
		);
	});

	test('a nocheck block keeps its label and gets no badge and no diagram', async () => {
		const html = await render(
			fence('dockerfile nocheck', 'FROM a AS x', 'FROM b', 'COPY --from=x / /')
		);
		expect(html).toContain('Not checked: outdated or wrong on purpose');
		expect(html).not.toContain('dn-checked');
		expect(html).not.toContain('<svg');
	});

	test('COPY . . before the install shows a cache warning that links to its line', async () => {
		const html = await render(
			fence(
				'dockerfile',
				'FROM python:3.13-slim',
				'WORKDIR /app',
				'COPY . .',
				'RUN pip install -r requirements.txt'
			)
		);
		expect(html).toMatch(/<span class="line dn-layer dn-ins dn-line-warn" id="ex-multi-1-L3">/);
		expect(html).toMatch(
			/<p class="dn-code-note" role="note"[^>]*><strong>Cache warning: <\/strong><a href="#ex-multi-1-L3">Line 3<\/a>: <code>COPY \. \.<\/code> comes before <code>pip install<\/code>/
		);
	});
});

describe('diagrams', () => {
	test('a multi-stage Dockerfile gets its stage graph as labelled inline SVG, with a text description', async () => {
		const html = await render(MULTI_STAGE);
		expect(html).toMatch(/<div class="dn-example"><figure class="dn-code"/);
		expect(html).toMatch(
			/<figure class="dn-diagram dn-diagram-stages"[^>]*><figcaption id="ex-multi-1-diagram-caption">Build stages \(2\)<\/figcaption><div class="dn-diagram-view" tabindex="0" role="group" aria-labelledby="ex-multi-1-diagram-caption"><svg role="img" aria-labelledby="ex-multi-1-diagram-text"/
		);
		expect(html).toContain(
			'<details><summary>Text description</summary><p id="ex-multi-1-diagram-text">2 stages: build (from node:24-alpine), stage 1 (final, from nginx:1.30-alpine). stage 1 copies from build.</p></details>'
		);
		// SVG attribute names survive the trip through hast: the page has the very markup the
		// workbench's worker writes as a string.
		const diagram = getDiagram('dockerfile', MULTI_STAGE.split('\n').slice(1, -2).join('\n'))!;
		const markup = svgToString(
			drawDiagram(diagram.graph, { labelledBy: 'ex-multi-1-diagram-text' })
		);
		expect(markup).toMatch(/ viewBox="0 0 \d+ \d+"/);
		expect(markup).toMatch(/ textLength="[\d.]+" lengthAdjust="spacingAndGlyphs"/);
		expect(markup).toContain(' stroke-width="2.5"');
		expect(html).toContain(
			markup
				.replaceAll('/>', '></path>')
				.replace(/<polygon([^>]*)><\/path>/g, '<polygon$1></polygon>')
		);
	});

	test('a Compose file gets its service graph', async () => {
		const html = await render(
			fence(
				'yaml title="compose.yaml"',
				'services:',
				'  web:',
				'    image: nginx:1.30-alpine',
				'    depends_on: [db]',
				'  db:',
				'    image: postgres:17'
			)
		);
		expect(html).toContain('Compose file checked against the Compose Specification');
		expect(html).toMatch(
			/<figcaption id="[^"]+">Services \(2\)<\/figcaption><div class="dn-diagram-view"[^>]*><svg role="img"/
		);
		expect(html).toMatch(/>started<\/text>/);
	});

	test('a single-stage Dockerfile gets none', async () => {
		expect(await render(fence('dockerfile', 'FROM alpine:3.22', 'RUN ls'))).not.toContain('<svg');
	});
});

describe('one analysis per block', () => {
	test('the highlighter draws the analysis the check plugin kept, without analysing again', async () => {
		const analyses: ExampleAnalysis[] = [];
		// The store hands out an analysis whose links say where they came from.
		const store = createExampleStore({
			known: (block) => {
				const analysis = analyzeExample(block);
				const marked = {
					...analysis,
					links: analysis.links.map((l) => ({ ...l, title: `kept ${analyses.length}` })),
				};
				analyses.push(marked);
				return marked;
			},
		});
		const processor = await createSatteriMarkdownProcessor({
			mdastPlugins: [satteriCheckExamples({ root: '/project', warn: () => {}, store })],
			shikiConfig: {
				themes: { light: 'github-light', dark: 'github-dark' },
				defaultColor: false,
				transformers: [transformerCodeFrame(), transformerExampleAids({ base: '/', store })],
			},
		});
		const { code } = await processor.render(
			fence('dockerfile', 'FROM alpine:3.22') + '\n' + fence('dockerfile', 'FROM debian:13'),
			{
				fileURL: new URL('file:///project/content/notes/demo/one.mdx'),
			}
		);
		expect(analyses).toHaveLength(2);
		expect([...code.matchAll(/title="(kept \d)"/g)].map((m) => m[1])).toEqual(['kept 0', 'kept 1']);
		expect(code).toContain('id="ex-one-2-L1"');
	});
});
