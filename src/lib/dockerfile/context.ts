import type { Dockerfile } from 'dockerfile-ast';
import type { Diagnostic } from '../diagnostic.ts';
import type { EolOptions } from '../eol/check.ts';
import type { DockerfileLayout } from './layout.ts';
import type { ParserPosition, SourceText } from './source-text.ts';

/** Everything a rule needs to inspect one Dockerfile. */
export interface CheckContext {
	dockerfile: Dockerfile;
	text: SourceText;
	layout: DockerfileLayout;
	/** A partial Dockerfile: no FROM needed, stages may be defined elsewhere. */
	fragment: boolean;
	/** The day and table the end-of-life rule judges by. */
	eol: EolOptions;
}

/** A rule: reads the context, returns what it found. */
export type Rule = (context: CheckContext) => Diagnostic[];

/** Build a diagnostic from a 0-based parser position (the result is 1-based). */
export function report(
	rule: string,
	severity: Diagnostic['severity'],
	at: ParserPosition,
	message: string,
	fix: string
): Diagnostic {
	return { line: at.line + 1, column: at.character + 1, rule, severity, message, fix };
}
