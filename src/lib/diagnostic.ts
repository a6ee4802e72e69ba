/**
 * The one diagnostic type of the site's checks, its one formatter, and the one way to place a
 * code block's diagnostic in its note. The content checker (`npm run check:content`) and the
 * build's Markdown plugins both use these, so a problem reads the same wherever it is found.
 */

/** One problem found in a piece of contributed content; lines are 1-based. */
export interface Diagnostic {
	/** 1-based line, relative to the text that was checked. */
	line: number;
	/** 1-based column, where known. */
	column?: number | undefined;
	/** Stable rule id, e.g. `UnknownInstruction` or `JSONArgsRecommended`. */
	rule: string;
	/** `error` fails the build; `warning` is printed and kept in the report. */
	severity: 'error' | 'warning';
	/** What is wrong, in words a first-time contributor understands. */
	message: string;
	/** One line saying how to fix it. */
	fix?: string | undefined;
}

/** A diagnostic placed in a file: `line` and `column` count from the file's first line. */
export interface ContentDiagnostic extends Diagnostic {
	/** Path of the file, relative to the project root (`content/notes/compose/compose.mdx`). */
	file: string;
	/** 1-based column; 1 when only the line is known. */
	column: number;
}

/** Sort diagnostics by line, then column, so reports read top to bottom. */
export function sortDiagnostics<T extends Diagnostic>(list: readonly T[]): T[] {
	return [...list].sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}

/** Sort by file, then line and column, so a report reads top to bottom, file by file. */
export function sortContentDiagnostics(list: readonly ContentDiagnostic[]): ContentDiagnostic[] {
	return [...list].sort(
		(a, b) =>
			(a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column
	);
}

/** Attach the file (and a default column) to what a one-file checker found. */
export function inFile(file: string, list: readonly Diagnostic[]): ContentDiagnostic[] {
	return list.map((d) => ({ ...d, file, column: d.column ?? 1 }));
}

/** Where a fenced code block starts in its note: the opening fence's line and column. */
export interface FencePosition {
	line: number;
	column: number;
}

/**
 * A diagnostic of a code block (lines relative to the block's first line) placed in its note.
 * Line 1 of the block is the line after the fence; a fence indented inside a list indents its
 * code by as much, so the column moves with it.
 */
export function placeInNote<T extends Pick<Diagnostic, 'line' | 'column'>>(
	diagnostic: T,
	fence: FencePosition
): T & { column: number } {
	return {
		...diagnostic,
		line: fence.line + diagnostic.line,
		column: (diagnostic.column ?? 1) + fence.column - 1,
	};
}

/** End a sentence with a full stop unless it already ends with punctuation. */
function sentence(text: string): string {
	const trimmed = text.trim();
	return /[.?!]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * One line per problem, in the `file:line:col` form editors and terminals turn into links:
 * `content/notes/x.mdx:14:1 error [UnknownInstruction] What is wrong. How to fix.`
 */
export function formatDiagnostic(d: Diagnostic & { file: string }): string {
	const fix = d.fix ? ` ${sentence(d.fix)}` : '';
	return `${d.file}:${d.line}:${d.column ?? 1} ${d.severity} [${d.rule}] ${sentence(d.message)}${fix}`;
}

/** The message a failing note's build stops with: a summary line, then one formatted line per error. */
export function formatFailure(
	file: string,
	errors: readonly (Diagnostic & { file: string })[]
): string {
	const count = errors.length === 1 ? '1 broken example' : `${errors.length} broken examples`;
	return [
		`${file} has ${count}. Fix them, or mark a deliberately wrong block \`nocheck\`:`,
		...errors.map(formatDiagnostic),
	].join('\n');
}
