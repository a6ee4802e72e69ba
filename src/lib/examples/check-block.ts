import { fenceLanguage } from '../code-language.ts';
import { type CodeMeta, parseCodeMeta } from '../code-meta.ts';
import { isComposeFile } from '../compose/check.ts';
import { type Diagnostic, placeInNote } from '../diagnostic.ts';
import { analyzeExample } from './analyze.ts';

/** Which of our checkers a code block is for. */
export type ExampleKind = 'dockerfile' | 'compose';

/** A fenced code block as a Markdown parser reports it. */
export interface CodeBlock {
	lang: string | null | undefined;
	meta: string | null | undefined;
	value: string;
}

/** What the checks made of one code block: checked or skipped (and why), and what they found. */
export interface BlockReport {
	kind: ExampleKind | undefined;
	/** True when a checker ran on the block. */
	checked: boolean;
	/** Why a Dockerfile or Compose block was not checked, for the example-health report. */
	skipped: string | undefined;
	/** A partial Dockerfile, checked without requiring FROM. */
	fragment: boolean;
	diagnostics: Diagnostic[];
}

const DOCKERFILE_LANGS = new Set(['dockerfile', 'docker']);
const YAML_LANGS = new Set(['yaml', 'yml']);
/** File names Compose reads by default, and their override variants. */
const COMPOSE_TITLE = /(?:^|\/)(?:docker-)?compose(?:\.[\w-]+)?\.ya?ml$/i;

/** Decide which checker a block is for: `dockerfile` blocks, and YAML that is a Compose file. */
export function exampleKind(block: CodeBlock): ExampleKind | undefined {
	return exampleKindOf(block, parseCodeMeta(block.meta), isComposeFile);
}

/** exampleKind with the meta already read and the Compose test supplied, so a parse is shared. */
export function exampleKindOf(
	block: CodeBlock,
	meta: CodeMeta,
	isCompose: (value: string) => boolean
): ExampleKind | undefined {
	const lang = fenceLanguage(block.lang) ?? '';
	if (DOCKERFILE_LANGS.has(lang)) return 'dockerfile';
	if (!YAML_LANGS.has(lang)) return undefined;
	if (meta.compose || (meta.title && COMPOSE_TITLE.test(meta.title))) return 'compose';
	return isCompose(block.value) ? 'compose' : undefined;
}

/** Run the right checker on one fenced code block, honouring `nocheck` and `fragment`. */
export function checkCodeBlock(block: CodeBlock): BlockReport {
	return analyzeExample(block).report;
}

/** The line in the note file of a diagnostic whose line is relative to the block's first line. */
export function noteLine(fenceLine: number, diagnostic: Pick<Diagnostic, 'line'>): number {
	return placeInNote(diagnostic, { line: fenceLine, column: 1 }).line;
}
