import { asMap, type Json } from '../compose/model.ts';
import { parseCompose } from '../compose/parse.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { checkCodeBlock, type ExampleKind } from '../examples/check-block.ts';
import { type DiagramSpec, getDiagram } from '../examples/diagram.ts';
import { getServiceGraph, type ServiceGraph } from '../compose/graph.ts';
import { type DockerfileFacts, getDockerfileFacts } from './dockerfile-facts.ts';
import { explain, type Explanation } from './explain.ts';
import { detectKind, type KindChoice } from './kind.ts';

/** What the reader put in the workbench. */
export interface WorkbenchInput {
	source: string;
	kind?: KindChoice;
	/** A partial Dockerfile (a note's `fragment` block): no FROM needed. */
	fragment?: boolean;
	/** The site's base path, for links into the notes. */
	base?: string;
}

/** Everything the workbench shows about one file, computed once per edit. */
export interface Analysis {
	kind: ExampleKind;
	/** False when the text did not say which kind it is. */
	detected: boolean;
	source: string;
	/** The build's own findings for this text, as a note's code block would get them. */
	diagnostics: Diagnostic[];
	explanations: Explanation[];
	diagram: DiagramSpec | undefined;
	/** Dockerfile only. */
	dockerfile: DockerfileFacts | undefined;
	/** Compose only: the file as data (undefined when the YAML is broken) and its graph. */
	compose: { data: Json | undefined; graph: ServiceGraph | null } | undefined;
}

/**
 * Analyse one file: the findings come from checkCodeBlock, the very function the build runs on
 * every code block, called with the block a note would have for this text.
 */
export function analyse(input: WorkbenchInput): Analysis {
	const { source } = input;
	const { kind, detected } = detectKind(source, input.kind);
	const report = checkCodeBlock({
		lang: kind === 'dockerfile' ? 'dockerfile' : 'yaml',
		meta: kind === 'compose' ? 'compose' : input.fragment ? 'fragment' : '',
		value: source,
	});
	return {
		kind,
		detected,
		source,
		diagnostics: report.diagnostics,
		explanations: explain(kind, source, input.base),
		diagram: getDiagram(kind, source),
		dockerfile: kind === 'dockerfile' ? getDockerfileFacts(source) : undefined,
		compose:
			kind === 'compose'
				? { data: asMap(parseCompose(source).parsed?.data), graph: getServiceGraph(source) }
				: undefined,
	};
}
