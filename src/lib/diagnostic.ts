/** One problem found in a piece of contributed content; lines are 1-based. */
export interface Diagnostic {
	/** 1-based line, relative to the text that was checked. */
	line: number;
	/** 1-based column, where known. */
	column?: number;
	/** Stable rule id, e.g. `UnknownInstruction` or `JSONArgsRecommended`. */
	rule: string;
	/** `error` fails the build; `warning` is printed and kept in the report. */
	severity: 'error' | 'warning';
	/** What is wrong, in words a first-time contributor understands. */
	message: string;
	/** One line saying how to fix it. */
	fix?: string;
}

/** Sort diagnostics by line, then column, so reports read top to bottom. */
export function sortDiagnostics<T extends Diagnostic>(list: readonly T[]): T[] {
	return [...list].sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}
