import { DockerfileParser } from 'dockerfile-ast';
import { parseCodeMeta } from '../code-meta.ts';
import { checkCompose, isComposeFile } from '../compose/check.ts';
import { getServiceGraph } from '../compose/graph.ts';
import { parseCompose, type ComposeParse } from '../compose/parse.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { checkParsedDockerfile } from '../dockerfile/check.ts';
import { getInstructionPositions } from '../dockerfile/instructions.ts';
import { getStageGraph } from '../dockerfile/stages.ts';
import { exampleKindOf, type BlockReport, type CodeBlock } from './check-block.ts';
import { serviceDiagram, stageDiagram, type DiagramSpec } from './diagram.ts';
import { keywordLinks, type KeywordLink } from './instruction-links.ts';
import { classifyPositions, type LayerLine } from './layers.ts';

/** Everything the site needs from one Dockerfile or Compose block, from a single parse. */
export interface ExampleAnalysis {
	/** What the checks found (kind, checked or skipped, diagnostics). */
	report: BlockReport;
	/** Instruction keywords and where they link (Dockerfiles only). */
	links: KeywordLink[];
	/** What each line adds to the image, keyed by 1-based line (Dockerfiles only). */
	layers: Map<number, LayerLine>;
	/** The stage or service diagram, for a checked block that deserves one. */
	diagram: DiagramSpec | undefined;
}

/** Options for analyzeExample. */
export interface AnalyzeOptions {
	/** The site's base path, for the keyword links (`/` by default). */
	base?: string;
}

const NONE = { links: [], layers: new Map<number, LayerLine>(), diagram: undefined };

/**
 * Analyse one fenced code block: parse it once (dockerfile-ast or YAML) and derive from that
 * parse its diagnostics, keyword links, layer marks and diagram. Pure: the same block gives
 * the same analysis. A block that is neither a Dockerfile nor a Compose file gets `kind`
 * undefined and nothing else.
 */
export function analyzeExample(block: CodeBlock, options: AnalyzeOptions = {}): ExampleAnalysis {
	const meta = parseCodeMeta(block.meta);
	let compose: ComposeParse | undefined;
	const composeParse = () => (compose ??= parseCompose(block.value));
	const kind = exampleKindOf(block, meta, (value) => isComposeFile(value, composeParse));
	const base = {
		kind,
		fragment: kind === 'dockerfile' && meta.fragment,
		diagnostics: [] as Diagnostic[],
	};
	if (!kind) return { report: { ...base, checked: false, skipped: undefined }, ...NONE };
	const skipped = meta.nocheck ? 'marked nocheck (intentionally wrong)' : undefined;
	const checked = !skipped;
	if (kind === 'dockerfile') {
		const dockerfile = DockerfileParser.parse(block.value);
		const positions = getInstructionPositions(dockerfile);
		const diagnostics = checked
			? checkParsedDockerfile(dockerfile, block.value, { fragment: meta.fragment })
			: [];
		return {
			report: { ...base, checked, skipped, diagnostics },
			links: keywordLinks(positions, options.base),
			layers: classifyPositions(positions),
			// An intentionally wrong example gets no diagram: it would lend it authority.
			diagram: checked ? stageDiagram(getStageGraph(dockerfile)) : undefined,
		};
	}
	const parse = composeParse();
	return {
		report: { ...base, checked, skipped, diagnostics: checked ? checkCompose(parse) : [] },
		links: [],
		layers: new Map(),
		diagram: checked ? serviceDiagram(getServiceGraph(parse)) : undefined,
	};
}
