import type { Diagnostic } from '../diagnostic.ts';

/** A diagnostic placed in a note file: `line` and `column` count from the file's first line. */
export interface NoteProblem extends Diagnostic {
	/** The note file, relative to the project root, with forward slashes. */
	file: string;
}

/**
 * One problem as one line a contributor can act on, in the `file:line:col` form editors
 * and terminals turn into links: `content/notes/x.mdx:14:1 error [UnknownInstruction] … — fix`.
 */
export function formatProblem(problem: NoteProblem): string {
	const where = `${problem.file}:${problem.line}:${problem.column ?? 1}`;
	const fix = problem.fix ? ` — ${problem.fix}` : '';
	return `${where} ${problem.severity} [${problem.rule}] ${problem.message}${fix}`;
}

/** The message a failing note's build stops with: a summary line, then one line per error. */
export function formatFailure(file: string, errors: readonly NoteProblem[]): string {
	const count = errors.length === 1 ? '1 broken example' : `${errors.length} broken examples`;
	return [
		`${file} has ${count}. Fix them, or mark a deliberately wrong block \`nocheck\`:`,
		...errors.map(formatProblem),
	].join('\n');
}
