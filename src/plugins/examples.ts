import type { MdastPluginEntry } from 'satteri';
import type { ShikiTransformer } from 'shiki';
import { readFileSync } from 'node:fs';
import type { ExampleAnalysis } from '../lib/examples/analyze.ts';
import { createExampleStore } from '../lib/examples/store.ts';
import { blockKey, decodeAnalyses, SHARED_ANALYSES_PATH } from '../lib/examples/shared-analyses.ts';
import { satteriCheckExamples } from './satteri-check-examples.ts';
import { transformerExampleAids } from './shiki-example-aids.ts';

/** Options for examplePlugins. */
export interface ExamplePluginsOptions {
	/** The site's base path; `import.meta.env.BASE_URL` does not exist yet in astro.config. */
	base: string;
}

/**
 * The example checks (a Sätteri mdast plugin) and reading aids (a Shiki transformer, to be
 * listed after transformerCodeFrame), ready for astro.config. `DN_EXAMPLES=off` leaves both
 * out; it exists only to measure what they cost, never to skip the checks.
 */
export function examplePlugins(options: ExamplePluginsOptions): {
	mdastPlugins: MdastPluginEntry[];
	transformers: ShikiTransformer[];
} {
	if (process.env.DN_EXAMPLES === 'off') return { mdastPlugins: [], transformers: [] };
	// One analysis per block: `npm run check:content` left its analyses for this build (keyed by
	// each block's content, so an edited block is analysed afresh); the check plugin takes them
	// or analyses, the highlighter reads them.
	// The file is read when the first block is rendered, not when this config loads: `npm run
	// build` starts Astro while the checker is still running and lets it compile notes only once
	// the checker has written the file (src/integrations/check-gate.ts).
	let known: Map<string, ExampleAnalysis> | undefined;
	const store = createExampleStore({
		base: options.base,
		known: (block) => (known ??= decodeAnalyses(readShared(), options.base)).get(blockKey(block)),
	});
	return {
		mdastPlugins: [satteriCheckExamples({ store })],
		transformers: [transformerExampleAids({ base: options.base, store })],
	};
}

/** The content check's analyses, or nothing when it has not run (`astro build` alone, `astro dev`). */
function readShared(): string {
	try {
		return readFileSync(SHARED_ANALYSES_PATH, 'utf8');
	} catch {
		return '';
	}
}
