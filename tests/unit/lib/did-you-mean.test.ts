import { describe, expect, test } from 'vitest';
import { closest, didYouMean, editDistance, editsAllowed } from '../../../src/lib/did-you-mean.ts';

describe('editDistance', () => {
	test('counts insertions, deletions and substitutions', () => {
		expect(editDistance('port', 'ports')).toBe(1);
		expect(editDistance('contxt', 'context')).toBe(1);
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('', 'abc')).toBe(3);
	});
});

describe('closest', () => {
	test('suggests the nearest candidate for a likely typo, ignoring case', () => {
		expect(closest('enviroment', ['environment', 'entrypoint'])).toBe('environment');
		expect(closest('Image', ['image', 'init'])).toBe('image');
		expect(closest('dockerfil', ['dockerfile', 'docker'])).toBe('dockerfile');
	});

	test('suggests nothing when every candidate is far away, and never the word itself', () => {
		expect(closest('owner', ['image', 'ports'])).toBeUndefined();
		expect(closest('image', ['image'])).toBeUndefined();
	});

	test('allows more edits for longer words, or as many as the caller says', () => {
		expect(editsAllowed('port')).toBe(1);
		expect(editsAllowed('environment')).toBe(3);
		expect(closest('bulid', ['build'])).toBeUndefined();
		expect(closest('bulid', ['build'], 2)).toBe('build');
	});
});

describe('didYouMean', () => {
	test('is a suffix for a message, or empty', () => {
		expect(didYouMean('volumne', ['volume', 'network'])).toBe(' (did you mean `volume`?)');
		expect(didYouMean('zzz', ['volume'])).toBe('');
	});
});
