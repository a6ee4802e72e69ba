import { Graphviz } from '@hpcc-js/wasm-graphviz';
import type { MdastPluginEntry } from 'satteri';
import type { ShikiTransformer } from 'shiki';
import { readFileSync } from 'node:fs';
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
export async function examplePlugins(options: ExamplePluginsOptions): Promise<{
	mdastPlugins: MdastPluginEntry[];
	transformers: ShikiTransformer[];
}> {
	if (process.env.DN_EXAMPLES === 'off') return { mdastPlugins: [], transformers: [] };
	// One analysis per block: `npm run check:content` left its analyses for this build (keyed by
	// each block's content, so an edited block is analysed afresh); the check plugin takes them
	// or analyses, the highlighter reads them.
	const known = decodeAnalyses(readShared(), options.base);
	const store = createExampleStore({
		base: options.base,
		known: (block) => known.get(blockKey(block)),
	});
	return {
		mdastPlugins: [satteriCheckExamples({ store })],
		transformers: [
			transformerExampleAids({ base: options.base, graphviz: await Graphviz.load(), store }),
		],
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
