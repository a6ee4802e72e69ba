import { expect } from 'vitest';
import { checkCompose } from '../../../../src/lib/compose/check.ts';
import type { Diagnostic } from '../../../../src/lib/diagnostic.ts';

/** Join lines into a snippet, so that line numbers in a test are easy to count. */
export function lines(...text: string[]): string {
	return `${text.join('\n')}\n`;
}

/** Check a snippet and return its only diagnostic, failing the test if there are more or none. */
export function onlyDiagnostic(source: string): Diagnostic {
	const diagnostics = checkCompose(source);
	expect(diagnostics, JSON.stringify(diagnostics, null, 2)).toHaveLength(1);
	return diagnostics[0] as Diagnostic;
}

/** Assert a snippet gives no diagnostics, printing them if it does. */
export function expectClean(source: string): void {
	const diagnostics = checkCompose(source);
	expect(diagnostics, JSON.stringify(diagnostics, null, 2)).toEqual([]);
}
