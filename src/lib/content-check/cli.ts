import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type EolOptions, staleTableWarning } from '../eol/check.ts';
import { encodeAnalyses, SHARED_ANALYSES_PATH } from '../examples/shared-analyses.ts';
import { checkContent } from './check-content.ts';
import { formatDiagnostic } from './diagnostic.ts';
import { loadContent } from './load.ts';
import { exampleHealthMarkdown } from './summary.ts';

/** The options of `check-content`: another notes folder, and where to write the example-health report. */
export interface CliOptions {
	notes: string | undefined;
	summary: string | undefined;
}

/** Read `--notes <dir>` and `--summary <file>`; anything else is a usage error. */
export function parseCliArgs(argv: readonly string[]): CliOptions | { error: string } {
	const options: CliOptions = { notes: undefined, summary: undefined };
	for (let i = 0; i < argv.length; i++) {
		const flag = argv[i];
		const value = argv[i + 1];
		if ((flag === '--notes' || flag === '--summary') && value && !value.startsWith('--')) {
			options[flag === '--notes' ? 'notes' : 'summary'] = value;
			i++;
		} else {
			return {
				error: `Unknown or incomplete option \`${flag}\`. Usage: check-content [--notes <dir>] [--summary <file.md>]`,
			};
		}
	}
	return options;
}

/** Where the command writes: lines for the reader, lines about problems. */
export interface CliOutput {
	log(line: string): void;
	error(line: string): void;
}

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Run the checker over a project and return the exit code: 1 when any error was found. */
export function runCheckContent(
	argv: readonly string[],
	cwd: string,
	out: CliOutput,
	eol: EolOptions = {}
): number {
	const options = parseCliArgs(argv);
	if ('error' in options) {
		out.error(options.error);
		return 2;
	}
	const report = checkContent(loadContent(cwd, options.notes));
	for (const d of report.diagnostics) out.error(formatDiagnostic(d));
	// The image checks judge tags by a table in the repository; say when it needs a refresh.
	const stale = staleTableWarning(eol);
	if (stale) out.error(formatDiagnostic(stale));
	if (options.summary) writeFileSync(resolve(cwd, options.summary), exampleHealthMarkdown(report));
	// The build that follows reuses these instead of analysing every example again.
	const shared = resolve(cwd, SHARED_ANALYSES_PATH);
	mkdirSync(dirname(shared), { recursive: true });
	const examples = report.notes.flatMap((note) => note.blocks.flatMap((b) => b.example ?? []));
	writeFileSync(shared, encodeAnalyses(examples, '/'));
	const errors = report.diagnostics.filter((d) => d.severity === 'error');
	const warnings = report.diagnostics.length - errors.length + (stale ? 1 : 0);
	if (errors.length === 0) {
		out.log(
			`check:content: ${plural(report.noteCount, 'note')} checked, no errors, ${plural(warnings, 'warning')}.`
		);
		return 0;
	}
	const files = new Set(errors.map((d) => d.file)).size;
	out.error(
		`check:content: ${plural(errors.length, 'error')} and ${plural(warnings, 'warning')} in ${plural(files, 'file')}. ` +
			'Fix each one at the file and line shown, then run `npm run check:content` again. ' +
			'CONTRIBUTING.md ("What the content checker reports") explains every rule.'
	);
	return 1;
}
