import { expect, test } from 'vitest';
import { editDistance } from '../../../../src/lib/search/edit-distance';

test('counts insertions, deletions and substitutions as one edit each', () => {
	expect(editDistance('dockerfile', 'dockerfile')).toBe(0);
	expect(editDistance('dockerfle', 'dockerfile')).toBe(1);
	expect(editDistance('kubernetess', 'kubernetes')).toBe(1);
	expect(editDistance('healthchack', 'healthcheck')).toBe(1);
	expect(editDistance('kitten', 'sitting')).toBe(3);
	expect(editDistance('', 'abc')).toBe(3);
});

test('counts two swapped neighbouring letters as one edit, not two', () => {
	expect(editDistance('dokcer', 'docker')).toBe(1);
	expect(editDistance('ocmpose', 'compose')).toBe(1);
});

test('gives up past the limit and says so with limit + 1', () => {
	expect(editDistance('compose', 'kubernetes', 2)).toBe(3);
	expect(editDistance('a', 'abcdef', 2)).toBe(3);
	expect(editDistance('swarm', 'swamp', 2)).toBe(2);
	expect(editDistance('swarm', 'swam', 2)).toBe(1);
});
