import { describe, expect, test } from 'vitest';
import { isHeadInjectDirectiveWarning } from '../../../src/lib/build-log';

describe('the build log drops only the head-inject directive warning', () => {
	const warning = (directive: string) => ({
		code: 'MODULE_LEVEL_DIRECTIVE',
		message: `The semantics of the module level directive "${directive}" in "content/notes/a.mdx?astroPropagatedAssets" may not be preserved when bundling.`,
	});

	test('the warning Rolldown gives for every note is dropped', () => {
		expect(isHeadInjectDirectiveWarning(warning('use astro:head-inject'))).toBe(true);
	});

	test('the same warning for another directive, and other warnings, are kept', () => {
		expect(isHeadInjectDirectiveWarning(warning('use client'))).toBe(false);
		expect(
			isHeadInjectDirectiveWarning({
				code: 'UNRESOLVED_IMPORT',
				message: 'Could not resolve "use astro:head-inject"',
			})
		).toBe(false);
		expect(isHeadInjectDirectiveWarning({ message: 'no code at all' })).toBe(false);
	});
});
