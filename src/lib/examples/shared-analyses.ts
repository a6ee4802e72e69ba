import { createHash } from 'node:crypto';
import type { ExampleAnalysis } from './analyze.ts';
import type { CodeBlock } from './check-block.ts';
import { isoDay } from '../eol/lookup.ts';
import { EOL_TABLE } from '../eol/table.ts';

/**
 * Where `npm run check:content` leaves its analyses for the `astro build` that follows it, so
 * each block is analysed once per `npm run build`. A cache folder: deleting it only costs time.
 */
export const SHARED_ANALYSES_PATH = 'node_modules/.cache/docker-notes/example-analyses.json';

/** Bumped when ExampleAnalysis changes shape, so an older file is ignored. */
const VERSION = 2;

/**
 * What an analysis depends on besides its block: the end-of-life table and the day it was
 * judged on (an image supported yesterday may be past its end of life today).
 */
export function analysisContext(today: Date = new Date()): string {
	return `${EOL_TABLE.takenOn}/${isoDay(today)}`;
}

/** The content key of a block: its language, meta and text, hashed. */
export function blockKey(block: CodeBlock): string {
	return createHash('sha256')
		.update(JSON.stringify([block.lang ?? '', block.meta ?? '', block.value]))
		.digest('base64url');
}

/** Analyses of blocks, with the blocks they are of, as the JSON the build reads. */
export function encodeAnalyses(
	entries: Iterable<{ block: CodeBlock; analysis: ExampleAnalysis }>,
	base: string,
	context: string = analysisContext()
): string {
	const analyses: Record<string, unknown> = {};
	for (const { block, analysis } of entries) {
		analyses[blockKey(block)] = { ...analysis, layers: [...analysis.layers] };
	}
	return JSON.stringify({ version: VERSION, base, context, analyses });
}

/**
 * The analyses in a file written by encodeAnalyses, keyed by blockKey; empty when the file is
 * of another version, was made for another base path (its links would point elsewhere), with
 * another end-of-life table or on another day, or is not such a file at all.
 */
export function decodeAnalyses(
	text: string,
	base: string,
	context: string = analysisContext()
): Map<string, ExampleAnalysis> {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return new Map();
	}
	const file = data as {
		version?: unknown;
		base?: unknown;
		context?: unknown;
		analyses?: unknown;
	};
	if (
		file?.version !== VERSION ||
		file.base !== base ||
		file.context !== context ||
		typeof file.analyses !== 'object' ||
		!file.analyses
	) {
		return new Map();
	}
	return new Map(
		Object.entries(
			file.analyses as Record<string, ExampleAnalysis & { layers: [number, never][] }>
		).map(([key, analysis]) => [key, { ...analysis, layers: new Map(analysis.layers) }])
	);
}
