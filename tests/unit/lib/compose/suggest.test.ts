import { describe, expect, test } from 'vitest';
import { closest, editDistance } from '../../../../src/lib/compose/suggest.ts';

describe('editDistance', () => {
	test('counts insertions, deletions and substitutions', () => {
		expect(editDistance('port', 'ports')).toBe(1);
		expect(editDistance('contxt', 'context')).toBe(1);
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('', 'abc')).toBe(3);
	});
});

describe('closest', () => {
	test('suggests the nearest candidate for a likely typo', () => {
		expect(closest('enviroment', ['environment', 'entrypoint'])).toBe('environment');
		expect(closest('Image', ['image', 'init'])).toBe('image');
	});

	test('suggests nothing when every candidate is far away', () => {
		expect(closest('owner', ['image', 'ports'])).toBeUndefined();
	});
});
