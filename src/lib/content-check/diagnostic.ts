import type { Diagnostic } from '../diagnostic.ts';

/** A problem in one file of `content/notes`, located by file, line and column. */
export interface ContentDiagnostic extends Diagnostic {
	/** Path of the file, relative to the project root (`content/notes/compose/compose.mdx`). */
	file: string;
	/** 1-based column; 1 when only the line is known. */
	column: number;
}

/** A diagnostic without its file yet: checkers of one file return these. */
export type FileDiagnostic = Omit<ContentDiagnostic, 'file' | 'column'> & { column?: number | undefined };

/** Attach the file (and a default column) to what a one-file checker found. */
export function inFile(file: string, list: readonly FileDiagnostic[]): ContentDiagnostic[] {
	return list.map((d) => ({ ...d, file, column: d.column ?? 1 }));
}

/** End a sentence with a full stop unless it already ends with punctuation. */
function sentence(text: string): string {
	const trimmed = text.trim();
	return /[.?!]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** One line per problem: `file:line:col error [rule] what is wrong. How to fix.` */
export function formatDiagnostic(d: ContentDiagnostic): string {
	const fix = d.fix ? ` ${sentence(d.fix)}` : '';
	return `${d.file}:${d.line}:${d.column} ${d.severity} [${d.rule}] ${sentence(d.message)}${fix}`;
}

/** Sort by file, then line and column, so a report reads top to bottom, file by file. */
export function sortContentDiagnostics(list: readonly ContentDiagnostic[]): ContentDiagnostic[] {
	return [...list].sort(
		(a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column
	);
}
