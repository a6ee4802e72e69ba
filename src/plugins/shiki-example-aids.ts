import type { ShikiTransformer, ThemedToken } from 'shiki';
import type { Diagnostic } from '../lib/diagnostic.ts';
import { lineAnchorId, readExampleId } from '../lib/examples/anchors.ts';
import { analyzeExample } from '../lib/examples/analyze.ts';
import type { BlockReport } from '../lib/examples/check-block.ts';
import type { DiagramSpec } from '../lib/examples/diagram.ts';
import { svgToHast } from '../lib/examples/diagram-hast.ts';
import { drawDiagram } from '../lib/examples/diagram-svg.ts';
import type { KeywordLink } from '../lib/examples/instruction-links.ts';
import { splitInlineCode } from '../lib/examples/inline-code.ts';
import { checkedLabel } from '../lib/examples/labels.ts';
import { countInstructions, type LayerLine } from '../lib/examples/layers.ts';
import type { ExampleStore } from '../lib/examples/store.ts';
import { splitTokensAt } from '../lib/examples/split-tokens.ts';

/** Options for transformerExampleAids. */
export interface ExampleAidsOptions {
	/** The site's base path (`/` or `/repo/`), for links to the Dockerfile note. */
	base: string;
	/** The build's analyses, filled by satteriCheckExamples; a block it did not see is analysed here. */
	store?: ExampleStore;
}

/** Warnings important enough to show beside the block, not only in the build log. */
const SHOWN_RULES = new Set(['CopyBeforeInstall']);

/** What the transformer works out once per block, for its later hooks. */
interface BlockAids {
	report: BlockReport;
	id: string | undefined;
	links: Map<string, KeywordLink>;
	layers: Map<number, LayerLine>;
	shown: Diagnostic[];
	diagram: DiagramSpec | undefined;
}

// hast types as Shiki sees them, without depending on @types/hast ourselves.
type Hast = Parameters<NonNullable<ShikiTransformer['pre']>>[0];
type Root = Parameters<NonNullable<ShikiTransformer['root']>>[0];
type ElementContent = Hast['children'][number];
const text = (value: string) => ({ type: 'text' as const, value });
const element = (
	tagName: string,
	properties: Hast['properties'],
	children: ElementContent[] = []
): Hast => ({
	type: 'element',
	tagName,
	properties,
	children,
});

/**
 * Reading aids for Dockerfile and Compose blocks, built with the page (no client JavaScript):
 * instruction keywords link to their section of the Dockerfile note, each line has an anchor,
 * Dockerfile lines are marked as adding a layer or only metadata, a badge says what was
 * checked, a CopyBeforeInstall warning is shown beside its block, and multi-stage Dockerfiles
 * and Compose files get a diagram. Runs after transformerCodeFrame, whose `<figure>` it fills.
 */
export function transformerExampleAids(options: ExampleAidsOptions): ShikiTransformer {
	const blocks = new WeakMap<object, BlockAids>();
	let unnamed = 0;
	return {
		name: 'dn:example-aids',
		preprocess(code, codeOptions) {
			const meta = codeOptions.meta?.__raw;
			const id = readExampleId(meta);
			const analysis =
				(id ? options.store?.take(id) : undefined) ??
				analyzeExample({ lang: codeOptions.lang, meta, value: code }, { base: options.base });
			const { report } = analysis;
			if (!report.kind) return;
			blocks.set(this.meta, {
				report,
				id,
				links: new Map(analysis.links.map((link) => [`${link.line}:${link.column}`, link])),
				layers: analysis.layers,
				shown: report.diagnostics.filter((d) => SHOWN_RULES.has(d.rule)),
				diagram: analysis.diagram,
			});
		},
		tokens(lines) {
			const aids = blocks.get(this.meta);
			if (!aids || aids.links.size === 0) return;
			// A keyword must be a token of its own to become a link.
			return lines.map((tokens, index) => {
				const cuts = [...aids.links.values()]
					.filter((link) => link.line === index + 1)
					.flatMap((link) => [link.column, link.column + link.length]);
				return cuts.length > 0 ? splitTokensAt(tokens, cuts) : tokens;
			});
		},
		span(hast, line, column, _line, token: ThemedToken) {
			const link = blocks.get(this.meta)?.links.get(`${line}:${column}`);
			if (!link || token.content.length !== link.length) return;
			hast.tagName = 'a';
			hast.properties.href = link.href;
			hast.properties.title = link.title;
			this.addClassToHast(hast, 'dn-kw');
		},
		line(hast, line) {
			const aids = blocks.get(this.meta);
			if (!aids) return;
			if (aids.id) hast.properties.id = lineAnchorId(aids.id, line);
			const layer = aids.layers.get(line);
			if (layer) {
				this.addClassToHast(hast, layer.kind === 'layer' ? 'dn-layer' : 'dn-meta');
				if (layer.first) this.addClassToHast(hast, 'dn-ins');
			}
			if (aids.shown.some((d) => d.line === line)) this.addClassToHast(hast, 'dn-line-warn');
		},
		root(root: Root) {
			const aids = blocks.get(this.meta);
			const figure = root.children.find((c): c is Hast => c.type === 'element');
			if (!aids || !figure) return;
			const extras = [...aids.shown.map((d) => shownWarning(d, aids.id)), ...footer(aids)];
			figure.children.push(...extras);
			if (!aids.diagram) return;
			const diagramId = `${aids.id ?? `dn-example-${++unnamed}`}-diagram`;
			root.children = [
				element('div', { className: ['dn-example'] }, [
					figure,
					diagramFigure(aids.diagram, diagramId),
				]),
			];
		},
	};
}

/** A warning shown under the code, linking to the line it is about. */
function shownWarning(diagnostic: Diagnostic, id: string | undefined): Hast {
	const where = `Line ${diagnostic.line}`;
	const line = id
		? element('a', { href: `#${lineAnchorId(id, diagnostic.line)}` }, [text(where)])
		: text(where);
	return element('p', { className: ['dn-code-note'], role: 'note', 'data-pagefind-ignore': '' }, [
		element('strong', {}, [text('Cache warning: ')]),
		line,
		text(': '),
		...withCode(`${diagnostic.message}${diagnostic.fix ? ` ${diagnostic.fix}` : ''}`),
	]);
}

/** Message text with its backticked parts as `<code>`. */
function withCode(message: string): ElementContent[] {
	return splitInlineCode(message).map((part) =>
		part.code ? element('code', {}, [text(part.text)]) : text(part.text)
	);
}

/** The badge saying what was checked, and the legend of the layer marks. */
function footer(aids: BlockAids): Hast[] {
	const label = checkedLabel(aids.report);
	const items: Hast[] = [];
	if (label) items.push(element('span', { className: ['dn-checked'] }, [text(label)]));
	if (countInstructions(aids.layers) >= 2) {
		items.push(
			element('span', { className: ['dn-legend'] }, [
				element('span', { className: ['dn-legend-layer'] }, [
					text('adds a layer (RUN, COPY, ADD)'),
				]),
				text(' '),
				element('span', { className: ['dn-legend-meta'] }, [text('metadata only')]),
			])
		);
	}
	if (items.length === 0) return [];
	return [element('p', { className: ['dn-code-foot'], 'data-pagefind-ignore': '' }, items)];
}

/** The laid-out diagram as inline SVG, with its text alternative one click away. */
function diagramFigure(diagram: DiagramSpec, id: string): Hast {
	const descriptionId = `${id}-text`;
	const svg = svgToHast(drawDiagram(diagram.graph, { labelledBy: descriptionId }));
	const captionId = `${id}-caption`;
	return element(
		'figure',
		{ className: ['dn-diagram', `dn-diagram-${diagram.kind}`], 'data-pagefind-ignore': '' },
		[
			element('figcaption', { id: captionId }, [text(diagram.caption)]),
			// Drawn at its own size and scrolled sideways where the column is narrower (a phone):
			// shrunk to fit, its labels would be too small to read. Focusable, so keys scroll it.
			element(
				'div',
				{ className: ['dn-diagram-view'], tabIndex: 0, role: 'group', ariaLabelledBy: [captionId] },
				[svg]
			),
			element('details', {}, [
				element('summary', {}, [text('Text description')]),
				element('p', { id: descriptionId }, [text(diagram.description)]),
			]),
		]
	);
}
