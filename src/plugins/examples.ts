import { Graphviz } from '@hpcc-js/wasm-graphviz';
import type { MdastPluginEntry } from 'satteri';
import type { ShikiTransformer } from 'shiki';
import { createExampleStore } from '../lib/examples/store.ts';
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
	// One analysis per block: the check plugin makes it, the highlighter reads it.
	const store = createExampleStore({ base: options.base });
	return {
		mdastPlugins: [satteriCheckExamples({ store })],
		transformers: [
			transformerExampleAids({ base: options.base, graphviz: await Graphviz.load(), store }),
		],
	};
}
