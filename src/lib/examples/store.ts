import { analyzeExample, type AnalyzeOptions, type ExampleAnalysis } from './analyze.ts';
import type { CodeBlock } from './check-block.ts';

/** The analyses of one build, keyed by example id: written by the check plugin, read by the highlighter. */
export interface ExampleStore {
	/** Analyse a block (or take the analysis `known` has for it). */
	analyze(block: CodeBlock): ExampleAnalysis;
	/** Keep a block's analysis under its example id. */
	set(id: string, analysis: ExampleAnalysis): void;
	/** Take the analysis kept under `id`: each is read once, when its block is highlighted. */
	take(id: string): ExampleAnalysis | undefined;
}

/** Options for createExampleStore. */
export interface ExampleStoreOptions extends AnalyzeOptions {
	/** Analyses made before the build (by the content check), found by the block they are of. */
	known?: (block: CodeBlock) => ExampleAnalysis | undefined;
}

/** A store for one build (or one `astro dev` session: a re-rendered note replaces its entries). */
export function createExampleStore(options: ExampleStoreOptions = {}): ExampleStore {
	const byId = new Map<string, ExampleAnalysis>();
	return {
		analyze: (block) => options.known?.(block) ?? analyzeExample(block, options),
		set: (id, analysis) => void byId.set(id, analysis),
		take(id) {
			const analysis = byId.get(id);
			byId.delete(id);
			return analysis;
		},
	};
}
