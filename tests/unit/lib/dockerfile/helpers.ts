import { expect } from 'vitest';
import type { Diagnostic } from '../../../../src/lib/diagnostic.ts';
import { checkDockerfile } from '../../../../src/lib/dockerfile/check.ts';

/** Join lines into a Dockerfile with a trailing newline. */
export const dockerfile = (...lines: string[]): string => `${lines.join('\n')}\n`;

/** One failing example and its corrected twin. */
export interface RuleCase {
	rule: string;
	severity: Diagnostic['severity'];
	bad: string;
	line: number;
	message: string;
	good: string;
	fragment?: boolean;
	goodFragment?: boolean;
}

/** Assert the bad example reports only `rule`, with the expected severity, line and wording. */
export function expectReported({ rule, severity, bad, line, message, fragment }: RuleCase): void {
	const found = checkDockerfile(bad, { fragment: fragment ?? false });
	expect(found.map((d) => d.rule)).toEqual(found.map(() => rule));
	const hit = found.find((d) => d.line === line);
	expect(hit, `no ${rule} on line ${line}: ${JSON.stringify(found)}`).toBeDefined();
	expect(hit?.severity).toBe(severity);
	expect(hit?.message).toContain(message);
	expect(hit?.fix).toMatch(/\S/);
}

/** Assert the corrected twin is clean. */
export function expectClean(source: string, fragment = false): void {
	expect(checkDockerfile(source, { fragment })).toEqual([]);
}
