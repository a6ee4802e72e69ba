import { bundledLanguagesInfo } from 'shiki/langs';
import { fenceLanguage } from '../code-language.ts';
import { closest } from '../did-you-mean.ts';
import { placeInNote } from '../diagnostic.ts';
import { analyzeExample, type ExampleAnalysis } from '../examples/analyze.ts';
import type { CodeBlock, ExampleKind } from '../examples/check-block.ts';
import type { FileDiagnostic } from './diagnostic.ts';
import { type MdNode, startOf, walk } from './mdast.ts';

/** Every language name Shiki highlights (ids and aliases), plus its plain-text names. */
export const KNOWN_LANGUAGES: ReadonlySet<string> = new Set([
	...bundledLanguagesInfo.flatMap((l) => [l.id, ...(l.aliases ?? [])]),
	// Shiki's special languages: shown without highlighting, and without a warning.
	'text',
	'plaintext',
	'txt',
	'plain',
	'ansi',
	'console',
]);

/** One fenced code block of a note as the example-health report lists it. */
export interface CodeBlockEntry {
	/** 1-based line of the opening fence. */
	line: number;
	lang: string | undefined;
	kind: ExampleKind | undefined;
	/** `checked` ran a checker; `skipped` is a Dockerfile or Compose block marked nocheck; `shown` has no checker. */
	status: 'checked' | 'skipped' | 'shown';
	/** Why it was skipped, when it was. */
	reason: string | undefined;
	/** What the checker found, with lines in the note file. */
	diagnostics: FileDiagnostic[];
	/** A Dockerfile or Compose block and its analysis, which the build reuses. */
	example?: { block: CodeBlock; analysis: ExampleAnalysis };
}

/** The problem with a fence's language, if any: missing, or unknown to Shiki. */
function languageProblem(
	lang: string | null | undefined
): Omit<FileDiagnostic, 'line' | 'column'> | undefined {
	if (!lang) {
		return {
			rule: 'code-language',
			severity: 'error',
			message: 'The code block has no language, so it is shown without highlighting',
			fix: 'Add one after the backticks: ```` ```dockerfile ````, ```` ```console ```` for commands and output, ```` ```text ```` for anything else',
		};
	}
	// Language names are case-insensitive, as on GitHub: ```Dockerfile is a Dockerfile block.
	if (KNOWN_LANGUAGES.has(fenceLanguage(lang) ?? '')) return undefined;
	const match = closest(lang, KNOWN_LANGUAGES);
	return {
		rule: 'code-language',
		severity: 'error',
		message: `\`${lang}\` is not a language the highlighter knows${match ? ` (did you mean \`${match}\`?)` : ''}; the block would be shown as plain text`,
		fix: match
			? `Write \`\`\`${match}`
			: 'Use a Shiki language name (https://shiki.style/languages), or `text`',
	};
}

/** Check every fenced code block: its language, and the Dockerfile and Compose examples in it. */
export function checkCodeBlocks(tree: MdNode): {
	blocks: CodeBlockEntry[];
	diagnostics: FileDiagnostic[];
} {
	const blocks: CodeBlockEntry[] = [];
	const diagnostics: FileDiagnostic[] = [];
	walk(tree, (node) => {
		if (node.type !== 'code') return;
		const fence = startOf(node);
		const problem = languageProblem(node.lang);
		if (problem) diagnostics.push({ ...fence, ...problem });
		const block = { lang: node.lang, meta: node.meta, value: node.value ?? '' };
		const analysis = analyzeExample(block);
		const { report } = analysis;
		const found = report.diagnostics.map((d) => placeInNote(d, fence));
		diagnostics.push(...found);
		blocks.push({
			line: fence.line,
			lang: node.lang ?? undefined,
			kind: report.kind,
			status: report.checked ? 'checked' : report.skipped ? 'skipped' : 'shown',
			reason: report.skipped,
			diagnostics: found,
			...(report.kind ? { example: { block, analysis } } : {}),
		});
	});
	return { blocks, diagnostics };
}
