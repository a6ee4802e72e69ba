import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { noteSlug } from '../lib/content/slug.ts';
import { exampleId, withExampleId } from '../lib/examples/anchors.ts';
import {
	type ContentDiagnostic,
	formatDiagnostic,
	formatFailure,
	inFile,
	placeInNote,
} from '../lib/diagnostic.ts';
import { createExampleStore, type ExampleStore } from '../lib/examples/store.ts';

/** Options for satteriCheckExamples. */
export interface CheckExamplesOptions {
	/**
	 * File names in messages are relative to this folder. The default, the working directory,
	 * is the project root under `npm run build`, and keeps the names clickable in a terminal.
	 */
	root?: string;
	/** Where warnings go, one line each; `console.warn` by default. */
	warn?: (line: string) => void;
	/** Where each block's analysis is kept for the highlighter (transformerExampleAids). */
	store?: ExampleStore;
}

/** A note file's path relative to the project root, with forward slashes on every system. */
function noteFile(fileURL: URL | undefined, root: string): string {
	if (!fileURL) return '<markdown>';
	return relative(root, fileURLToPath(fileURL)).split(sep).join('/');
}

/**
 * Analyse every Dockerfile and Compose block of a note once (analyzeExample), report what its
 * checks found, and keep the analysis in the build's store under the block's example id, which
 * the highlighter reads to draw its reading aids and line anchors. Warnings are printed; errors are collected and thrown once,
 * after the last block, so one failing note lists all of its problems.
 *
 * Astro stops at the first note that throws, so a build shows one note's problems at a time;
 * the standalone content check lists every note's.
 */
export function satteriCheckExamples(options: CheckExamplesOptions = {}) {
	const root = options.root ?? process.cwd();
	const warn = options.warn ?? ((line: string) => console.warn(line));
	const store = options.store ?? createExampleStore();
	// A factory runs once per compiled document, so each note gets its own count and list.
	return (document: PluginFactoryContext): MdastPluginDefinition => {
		const file = noteFile(document.fileURL, root);
		const frontmatter = (document.data as { astro?: { frontmatter?: { slug?: unknown } } }).astro
			?.frontmatter;
		const slug = noteSlug(file, frontmatter ?? {});
		const problems: ContentDiagnostic[] = [];
		let count = 0;
		return {
			name: 'dn:check-examples',
			options: { position: true },
			code(node, ctx) {
				const analysis = store.analyze({ lang: node.lang, meta: node.meta, value: node.value });
				const { report } = analysis;
				if (!report.kind) return;
				count += 1;
				const id = exampleId(slug, count);
				store.set(id, analysis);
				ctx.setProperty(node, 'meta', withExampleId(node.meta, id));
				const start = node.position?.start ?? { line: 0, column: 1 };
				// Placed and printed as the content checker places and prints them.
				problems.push(
					...inFile(
						file,
						report.diagnostics.map((d) => placeInNote(d, start))
					)
				);
			},
			after() {
				for (const warning of problems.filter((p) => p.severity === 'warning')) {
					warn(formatDiagnostic(warning));
				}
				const errors = problems.filter((p) => p.severity === 'error');
				const [first] = errors;
				if (!first) return;
				// Astro reads `line` and `column` for its error location and the dev overlay.
				throw Object.assign(new Error(formatFailure(file, errors)), {
					line: first.line,
					column: first.column,
				});
			},
		};
	};
}
